// The start page: see home_screen.h.
#include "screens/home_screen.h"

#include <imgui.h>

#include "ui/ui_text.h"
#include "ui/widgets.h"

namespace optagelse::web {
namespace {

// A way in: a heading-sized button, a line saying who it is for, and where it leads.
void DrawWayIn(AppState& state, const char* id, std::string_view label, std::string_view for_whom, Screen screen,
               LoginKind kind) {
  if (ui::Button(state.widgets, id, label)) {
    state.screen = screen;
    state.session.kind = kind;
    state.session.kind_chosen_on = screen;
  }
  ui::Paragraph(state.widgets, std::string(id) + ".hint", for_whom);
  ImGui::Spacing();
}

}  // namespace

void DrawHomeScreen(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "home.heading", Say(lang, "Søg ind på en ungdomsuddannelse", "Apply for upper-secondary education"));
  ui::Paragraph(state.widgets, "home.intro",
                Say(lang,
                    "Her søger du gymnasium, hf, erhvervsuddannelse eller 10. klasse - eller fortæller, at du skal noget andet. "
                    "Er du under 18, skriver en forælder under på din ansøgning.",
                    "Here you apply for gymnasium, hf, vocational education or 10th grade - or say that you will do something "
                    "else. If you are under 18, a parent signs your application."));
  ImGui::Spacing();
  DrawWayIn(state, "home.apply", Say(lang, "Søg optagelse", "Apply"),
            Say(lang, "For unge: vælg dine ønsker og send ansøgningen. Log ind med MitID.",
                "For young people: choose your wishes and send the application. Log in with MitID."),
            Screen::kApply, LoginKind::kCitizen);
  DrawWayIn(state, "home.sign", Say(lang, "Underskriv som forælder", "Sign as a parent"),
            Say(lang, "For forældre med forældremyndighed: læs dit barns ansøgning og skriv under.",
                "For parents with custody: read your child's application and sign it."),
            Screen::kApply, LoginKind::kCitizen);
  DrawWayIn(state, "home.staff", Say(lang, "Log ind som medarbejder", "Log in as staff"),
            Say(lang, "For skoler, institutioner, regioner og UU/KUI: elevindberetning, uddannelsesparathed, ansøgninger, "
                      "fortrinsret og fordeling.",
                "For schools, institutions, regions and counsellors: pupil reports, readiness assessments, applications, "
                "priority claims and the allocation."),
            Screen::kInbox, LoginKind::kInstitution);
  ImGui::Separator();
  ui::Heading(state.widgets, "home.steps", Say(lang, "Sådan foregår det", "How it works"));
  ui::Paragraph(state.widgets, "home.step.1",
                Say(lang, "1. Du vælger op til flere uddannelser i den rækkefølge, du helst vil have dem, og sender inden fristen 1. marts.",
                    "1. You choose one or more programmes in the order you prefer them, and send before the deadline on 1 March."));
  ui::Paragraph(state.widgets, "home.step.2",
                Say(lang, "2. Er du under 18, får dine forældre besked og skriver under. Først da er ansøgningen gyldig.",
                    "2. If you are under 18, your parents are told and sign. Only then is the application valid."));
  ui::Paragraph(state.widgets, "home.step.3",
                Say(lang, "3. Skolerne og regionen behandler ansøgningerne. Du får svar her og på e-mail, når fordelingen er offentliggjort.",
                    "3. The schools and the region handle the applications. You get the answer here and by e-mail when the allocation is published."));
}

}  // namespace optagelse::web
