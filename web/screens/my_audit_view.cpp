// Who has looked at my data: see my_audit_view.h. The server's action names are translated here.
#include "screens/my_audit_view.h"

#include "api_client.h"
#include "api_errors.h"
#include "screens/apply_requests.h"
#include "ui/widgets.h"

namespace optagelse::web {
namespace {

struct ActionText {
  std::string_view action, da, en;
};
constexpr ActionText kActions[] = {
    {"log in", "loggede ind", "logged in"},
    {"read own application", "så ansøgningen", "viewed the application"},
    {"save own application", "gemte ansøgningen", "saved the application"},
    {"submit own application", "sendte ansøgningen", "sent the application"},
    {"withdraw own application", "trak ansøgningen tilbage", "withdrew the application"},
    {"upload attachment", "vedhæftede et dokument", "attached a document"},
    {"list own attachments", "så de vedhæftede dokumenter", "viewed the attached documents"},
    {"read child's application", "så ansøgningen (som forælder)", "viewed the application (as a parent)"},
    {"sign child's application", "skrev under på ansøgningen", "signed the application"},
    {"decline child's application", "afviste ansøgningen", "declined the application"},
    {"read application to institution", "så ansøgningen (modtagende skole)", "viewed the application (receiving school)"},
    {"read admission test list", "så listen over optagelsesprøver", "viewed the admission test list"},
    {"decide forrang", "afgjorde fortrinsret", "decided priority"},
    {"read forrang documentation", "læste dokumentationen for fortrinsret", "read the priority documentation"},
    {"read disability priority claim", "så ansøgningen om fortrinsret (handicap)", "viewed the disability priority claim"},
    {"read resident's application", "så ansøgningen (vejleder i kommunen)", "viewed the application (municipal counsellor)"},
    {"report pupils", "indberettede elevoplysninger", "reported pupil data"},
    {"read school's pupils", "så elevlisten", "viewed the pupil list"},
    {"export school's pupils", "hentede elevlisten", "downloaded the pupil list"},
    {"correct pupil's CPR number", "rettede CPR-nummeret", "corrected the CPR number"},
    {"read school's readiness assessments", "så klassens uddannelsesparathed", "viewed the class's readiness"},
    {"read pupil's readiness assessment", "så uddannelsesparatheden", "viewed the readiness assessment"},
    {"assess readiness", "vurderede uddannelsesparatheden", "assessed readiness"},
    {"read readiness assessment", "så uddannelsesparatheden", "viewed the readiness assessment"},
    {"read own placement", "så pladsen", "viewed the place"},
    {"read messages", "så beskederne", "viewed the messages"},
    {"send message", "sendte en besked", "sent a message"},
    {"message not delivered", "kunne ikke aflevere en besked", "could not deliver a message"},
    {"read admitted applicants", "så listen over optagne", "viewed the admitted list"},
    {"read own travel times", "så transporttiderne", "viewed the travel times"},
    {"read allocation run", "så fordelingen", "viewed the allocation"},
    {"read allocation snapshot", "hentede data til fordelingen", "took the data for the allocation"},
    {"place by hand", "placerede manuelt", "placed by hand"},
    {"read own audit trail", "så denne liste", "viewed this list"},
    {"export own data", "hentede alle dine oplysninger", "downloaded all your data"},  // only ever "Du"
    {"read own attachment", "hentede et bilag", "downloaded an attachment"},
    {"correct own contact data", "rettede kontaktoplysningerne", "corrected the contact details"},
    {"erase own draft", "slettede kladden", "deleted the draft"},
    {"erase own attachment", "slettede et bilag", "deleted an attachment"},
    {"delete (retention)", "slettede oplysninger, fordi opbevaringstiden var udløbet", "deleted data whose retention period had ended"},
};

std::string ActionWords(const std::string& action, Language lang) {
  for (const ActionText& text : kActions) {
    if (text.action == action) return std::string(Say(lang, text.da, text.en));
  }
  return action;
}

std::string Who(const wire::AuditEntrySeen& entry, Language lang) {
  const std::string& role = entry.actor_role;
  const std::string& actor = entry.actor;
  const std::string name = entry.actor_name.value_or("");
  if (role == "citizen") {
    if (actor == "self") return std::string(Say(lang, "Du", "You"));  // "Du så ansøgningen"
    return !name.empty() ? name : std::string(Say(lang, "En forælder", "A parent"));
  }
  if (role == "system") return std::string(Say(lang, "Systemet", "The system"));
  if (!name.empty()) return name + " (" + actor + ")";
  if (role == "counsellor") return std::string(Say(lang, "Vejledningen i kommune ", "The counselling service of municipality ")) + actor;
  if (role == "region") return std::string(Say(lang, "Region ", "Region ")) + actor;
  return role + " " + actor;
}

void Fetch(AppState& state) {
  ApiGet("/api/v1/me/audit", [&state](const ApiResponse& response) {
    auto trail = wire::DecodeAnswerText<wire::AuditTrailSeen>(response.body);
    if (response.status != 200 || !trail) {
      state.apply.message = DescribeApiErrors(response, state.language);
      state.apply.message_is_error = true;
      return;
    }
    state.apply.audit_entries = std::move(trail->entries);
    state.apply.audit_loaded = true;
  });
}

}  // namespace

void DrawMyAudit(AppState& state) {
  const Language lang = state.language;
  ApplyState& apply = state.apply;
  ui::Heading(state.widgets, "apply.audit", Say(lang, "Hvem har set mine oplysninger", "Who has looked at my data"));
  if (ui::Button(state.widgets, "apply.audit.show", apply.audit_loaded ? Say(lang, "Opdatér listen", "Refresh the list")
                                                                       : Say(lang, "Vis hvem der har set eller ændret mine oplysninger",
                                                                             "Show who has viewed or changed my data"))) {
    Fetch(state);
  }
  if (!apply.audit_loaded) return;
  int row = 0;
  for (const wire::AuditEntrySeen& entry : apply.audit_entries) {
    const std::string& at = entry.at;
    const std::string when = at.size() >= 16 ? at.substr(0, 10) + " " + at.substr(11, 5) : at;
    ui::Paragraph(state.widgets, "apply.audit." + std::to_string(row++),
                  when + " - " + Who(entry, lang) + " " + ActionWords(entry.action, lang));
  }
}

}  // namespace optagelse::web
