// The privacy notice, the accessibility statement and help: see public_pages.h. The privacy notice
// says what the access policy and the retention rules do (docs/domain.md "Privacy rules",
// docs/threat-model.md); the statement says what the accessibility tests check (docs/accessibility.md).
#include "screens/public_pages.h"

#include <imgui.h>

#include "ui/ui_text.h"
#include "ui/widgets.h"

namespace optagelse::web {
namespace {

std::string OperatorName(const AppState& state) {
  return state.service && !state.service->operator_name.empty() ? state.service->operator_name
                                                                 : std::string(Say(state.language, "den myndighed, der driver tjenesten",
                                                                                   "the authority that runs the service"));
}

// How to reach the operator: the e-mail and telephone it has published, if any.
std::string ContactLine(const AppState& state) {
  const Language lang = state.language;
  std::string line;
  if (state.service && !state.service->contact_email.empty()) {
    line += std::string(Say(lang, "E-mail: ", "E-mail: ")) + state.service->contact_email;
  }
  if (state.service && !state.service->contact_phone.empty()) {
    line += (line.empty() ? "" : " - ") + std::string(Say(lang, "Telefon: ", "Telephone: ")) + state.service->contact_phone;
  }
  return line.empty() ? std::string(Say(lang, "Kontaktoplysningerne er ikke oplyst for denne server.",
                                        "No contact details are given for this server."))
                      : line;
}

struct Section {
  const char* id;
  std::string_view heading_da, heading_en, text_da, text_en;
};

void DrawSections(AppState& state, const Section* sections, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i) {
    const Section& section = sections[i];
    ui::Heading(state.widgets, section.id, Say(state.language, section.heading_da, section.heading_en));
    ui::Paragraph(state.widgets, std::string(section.id) + ".text", Say(state.language, section.text_da, section.text_en));
  }
}

}  // namespace

void DrawPrivacyScreen(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "privacy.heading", Say(lang, "Sådan bruger vi dine oplysninger", "How we use your personal data"));
  ui::Paragraph(state.widgets, "privacy.controller",
                std::string(Say(lang, "Ansvarlig for dine oplysninger i denne tjeneste er ", "Responsible for your data in this service is ")) +
                    OperatorName(state) + ". " + ContactLine(state));
  static constexpr Section kSections[] = {
      {"privacy.what", "Hvilke oplysninger", "What data",
       "Dit CPR-nummer, navn og adresse fra CPR-registeret; din e-mail og dit telefonnummer; dine uddannelsesønsker; karakterer "
       "og vurderingen af, om du er uddannelsesparat, fra din skole; transporttiden fra din bopæl til skolerne; dine forældres "
       "underskrift; og hvis du søger fortrinsret, din begrundelse og dokumentation. Dokumentationen kan være følsom: kun den "
       "skole eller region, der afgør sagen, kan åbne den.",
       "Your CPR number, name and address from the CPR register; your e-mail and telephone number; your wishes; grades and "
       "the assessment of whether you are ready, from your school; the travel time from your home to the schools; your "
       "parents' signature; and if you claim priority, your grounds and documentation. The documentation may be sensitive: "
       "only the school or region that decides the claim can open it."},
      {"privacy.why", "Hvorfor", "Why",
       "For at behandle din ansøgning og fordele pladserne på de gymnasiale uddannelser efter reglerne om optagelse og "
       "elevfordeling. Det er en opgave, som myndighederne har efter loven; du skal ikke give samtykke. Til statistik bruges "
       "oplysningerne kun uden navn og CPR-nummer.",
       "To handle your application and allocate the places at the gymnasiums by the rules on admission and allocation. It is "
       "a task the authorities have by law; you are not asked for consent. Statistics use the data only without name and "
       "CPR number."},
      {"privacy.who", "Hvem ser dem", "Who sees them",
       "Dine forældre med forældremyndighed, indtil du fylder 18; din skole og kommunens ungeindsats (vejledningen); de skoler, "
       "du søger; og regionen, som fordeler pladserne. Har du navne- og adressebeskyttelse, ser de hverken dit navn eller din "
       "adresse. Oplysningerne sendes ikke uden for EU og EØS.",
       "Your parents with custody, until you turn 18; your school and the municipality's youth guidance; the schools you apply "
       "to; and the region, which allocates the places. If you have name and address protection, they see neither your name "
       "nor your address. The data is not sent outside the EU and EEA."},
      {"privacy.how_long", "Hvor længe", "How long",
       "Din ansøgning slettes 2 måneder efter, at optagelsesrunden er færdigbehandlet, og før den næste runde åbner. En "
       "kladde, du aldrig har sendt, kan du selv slette med det samme.",
       "Your application is deleted 2 months after the admission round has been processed, and before the next round opens. "
       "A draft you never sent you can delete yourself at once."},
      {"privacy.rights", "Dine rettigheder", "Your rights",
       "Under Ansøgning kan du se, hvem der har set eller ændret dine oplysninger, hente alle dine oplysninger, rette din e-mail "
       "og dit telefonnummer og slette en kladde. Du kan klage til Datatilsynet (datatilsynet.dk).",
       "Under Application you can see who has viewed or changed your data, download all your data, correct your e-mail and "
       "telephone number and delete a draft. You can complain to the Danish Data Protection Agency (datatilsynet.dk)."},
  };
  DrawSections(state, kSections, std::size(kSections));
}

void DrawAccessibilityScreen(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "accessibility.heading", Say(lang, "Tilgængelighedserklæring", "Accessibility statement"));
  ui::Paragraph(state.widgets, "accessibility.scope",
                std::string(Say(lang, "Denne erklæring gælder Optagelse, som drives af ", "This statement covers Optagelse, run by ")) +
                    OperatorName(state) +
                    std::string(Say(lang, ". Offentlige websteder skal overholde WCAG 2.1 niveau AA (lov om tilgængelighed af offentlige organers websteder og mobilapplikationer).",
                                    ". Public websites must meet WCAG 2.1 level AA (the Danish act on the accessibility of public bodies' websites and mobile applications).")));
  static constexpr Section kSections[] = {
      {"accessibility.status", "Hvor langt vi er", "How far we are",
       "Tjenesten overholder delvist WCAG 2.1 AA. Siden tegnes i et lærred; hvert felt, hver knap og hver tekst har en usynlig "
       "kopi, som skærmlæsere og tastatur bruger, og nye meddelelser læses op. Hver skærm testes automatisk med axe-core og med "
       "tastaturet alene.",
       "The service partly meets WCAG 2.1 AA. The page is drawn on a canvas; every field, button and text has an invisible "
       "copy that screen readers and the keyboard use, and new messages are announced. Every screen is tested automatically "
       "with axe-core and with the keyboard alone."},
      {"accessibility.known", "Det, der ikke er på plads", "What is not in place",
       "Tabeller kan være svære at læse på smalle skærme; tekst kan ikke markeres med musen på lærredet (brug kopiér-knapperne "
       "eller skærmlæserens kopi); systemets indstilling for større tekst følges kun, når browseren zoomer.",
       "Tables can be hard to read on narrow screens; text cannot be selected with the mouse on the canvas (use the copy "
       "buttons or the screen reader's copy); the system's larger-text setting is followed only when the browser zooms."},
      {"accessibility.report", "Fortæl os om problemer", "Tell us about problems",
       "Skriv eller ring til os (se Hjælp og kontakt), hvis noget ikke virker for dig. Får du ikke et svar, du kan bruge, kan du "
       "klage til Digitaliseringsstyrelsen, som fører tilsyn med tilgængeligheden af offentlige websteder.",
       "Write or call us (see Help and contact) if something does not work for you. If you do not get an answer you can use, "
       "you can complain to the Agency for Digital Government, which supervises the accessibility of public websites."},
  };
  DrawSections(state, kSections, std::size(kSections));
  ui::Paragraph(state.widgets, "accessibility.date", Say(lang, "Erklæringen er udarbejdet 8. december 2026.",
                                                         "The statement was prepared on 8 December 2026."));
}

void DrawHelpScreen(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "help.heading", Say(lang, "Hjælp og kontakt", "Help and contact"));
  ui::Paragraph(state.widgets, "help.contact", std::string(Say(lang, "Kontakt ", "Contact ")) + OperatorName(state) + ": " + ContactLine(state));
  static constexpr Section kSections[] = {
      {"help.counsellor", "Få hjælp af en vejleder", "Get help from a counsellor",
       "Vejlederne i din kommunes ungeindsats hjælper dig med at vælge uddannelse og med at sende ansøgningen.",
       "The counsellors of your municipality's youth guidance help you choose a programme and send the application."},
      {"help.deadline", "Fristen", "The deadline",
       "Ansøgningen skal være sendt senest 1. marts kl. 23.59. Er du under 18, skal en forælder også have skrevet under. Du kan "
       "rette den indtil fristen.",
       "The application must be sent by 1 March at 23:59 (Danish time). If you are under 18, a parent must also have signed it. "
       "You can change it until the deadline."},
      {"help.parents", "Forældre", "Parents",
       "Log ind med dit eget MitID. Dine børn under 18 står under Ansøgning, hvor du læser og skriver under.",
       "Log in with your own MitID. Your children under 18 are listed under Application, where you read and sign."},
  };
  DrawSections(state, kSections, std::size(kSections));
}

}  // namespace optagelse::web
