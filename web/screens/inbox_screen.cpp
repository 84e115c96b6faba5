// The staff inbox: see inbox_screen.h.
#include "screens/inbox_screen.h"

#include <string>

#include <imgui.h>

#include "screens/apply_requests.h"
#include "screens/apply_screen.h"
#include "screens/forrang_view.h"
#include "screens/inbox_requests.h"
#include "screens/login_panel.h"
#include "screens/region_statistics_view.h"
#include "screens/wish_text.h"
#include "applications/forrang_decider.h"
#include "wire/application_wire.h"
#include "ui/widgets.h"

namespace optagelse::web {
namespace {

// "Ida Lund (0102091234)" or, under name protection, "Navnebeskyttet (0102091234)".
std::string ApplicantText(const wire::ApplicantSeen& applicant, Language lang) {
  const std::string name = applicant.name ? *applicant.name : std::string(Say(lang, "Navnebeskyttet", "Name protected"));
  return name + " (" + applicant.cpr + ")";
}

// The application's content as the reader was given it (empty when it cannot be read).
applications::Application ContentOf(const wire::ApplicationView& application) {
  auto content = wire::ApplicationFromJson(application.content);
  return content ? std::move(*content) : applications::Application{};
}

// Why the server lists someone for the admission test (application_flow/admission_test.h).
std::string TestReasonText(const std::string& code, Language lang) {
  if (code == "late") return std::string(Say(lang, "søgte efter fristen", "applied after the deadline"));
  if (code == "admission_test_and_talk") return std::string(Say(lang, "UPV: optagelsesprøve og samtale", "UPV: admission test and interview"));
  if (code == "no_right_to_place") return std::string(Say(lang, "UPV: ikke retskrav på en plads", "UPV: no right to a place"));
  if (code == "not_ready") return std::string(Say(lang, "vurderet ikke uddannelsesparat", "assessed not ready"));
  if (code == "no_assessment") return std::string(Say(lang, "ingen vurdering registreret", "no assessment on record"));
  return code;
}

// The current decision on the claim on `wish`, or null.
const wire::ForrangDecisionSeen* DecisionOn(const wire::ApplicationView& application, int wish) {
  if (!application.forrang_decisions) return nullptr;
  for (const wire::ForrangDecisionSeen& decision : *application.forrang_decisions) {
    if (decision.wish == wish) return &decision;
  }
  return nullptr;
}

void DrawClaim(AppState& state, const wire::ApplicationView& application, const applications::ForrangClaim& claim) {
  const Language lang = state.language;
  const std::int64_t id = application.id;
  const int wish = claim.wish;
  const std::string key = "inbox." + std::to_string(id) + ".forrang." + std::to_string(wish);
  std::string text = std::string(Say(lang, "Forrang på ", "Priority on wish ")) + std::to_string(wish) +
                     std::string(Say(lang, ". ønske: ", ": ")) + ForrangGroundName(claim.ground, lang) + " - ";
  const wire::ForrangDecisionSeen* decision = DecisionOn(application, wish);
  if (!decision) {
    text += Say(lang, "ikke afgjort", "not decided");
  } else if (decision->decision == "granted") {
    text += Say(lang, "givet", "granted");
  } else {
    text += std::string(Say(lang, "afvist: ", "refused: ")) + decision->reason;
  }
  // Handicap: the region decides and reads the documentation (the core's rule, as on the server).
  if (applications::DeciderOf(claim.ground) == applications::ForrangDecider::kRegion && state.inbox.role != "region") {
    return ui::Status(state.widgets, key, text, ui::StatusKind::kInfo);
  }
  ui::Status(state.widgets, key, text, !decision ? ui::StatusKind::kWarning : ui::StatusKind::kInfo);
  if (!claim.attachment.empty() &&
      ui::Button(state.widgets, key + ".document", Say(lang, "Hent dokumentation", "Download documentation"))) {
    InboxOpenAttachment(state.inbox, id, claim.attachment);
  }
  ImGui::SameLine();
  if (ui::Button(state.widgets, key + ".grant", Say(lang, "Giv forrang", "Grant priority"))) InboxDecideForrang(state, id, wish, "granted");
  ui::TextField(state.widgets, key + ".reason", Say(lang, "Begrundelse, hvis du afviser", "Reason, if you refuse"),
                state.inbox.reasons[std::to_string(id) + "." + std::to_string(wish)], KeyboardKind::kText, state.text_focus);
  ImGui::SameLine();
  if (ui::Button(state.widgets, key + ".refuse", Say(lang, "Afvis", "Refuse"))) InboxDecideForrang(state, id, wish, "refused");
}

// The applications to a decider (an institution, or a region for the claims it decides): the wishes
// concerning it and the forrang claims on them.
void DrawDeciderApplications(AppState& state, std::string_view heading_da, std::string_view heading_en) {
  const Language lang = state.language;
  const InboxState& inbox = state.inbox;
  ui::Heading(state.widgets, "inbox.applications",
              std::string(Say(lang, heading_da, heading_en)) + " (" + std::to_string(inbox.applications.size()) + ")");
  if (inbox.loaded && inbox.applications.empty()) ui::Paragraph(state.widgets, "inbox.applications.none", Say(lang, "Ingen endnu.", "None yet."));
  for (const wire::StaffApplication& entry : inbox.applications) {
    const wire::ApplicationView& application = entry.application;
    const std::string key = "inbox." + std::to_string(application.id);
    const std::vector<int> ranks_here = entry.ranks_here.value_or(std::vector<int>{});
    std::string here;
    for (const int rank : ranks_here) here += (here.empty() ? "" : "; ") + WishLine(application, rank);
    ui::Paragraph(state.widgets, key, ApplicantText(entry.applicant, lang) + " - " +
                                          std::string(ApplicationStatusText(application.status, lang)) + " - " + here);
    for (const applications::ForrangClaim& claim : ContentOf(application).forrang) {
      for (const int rank : ranks_here) {
        if (claim.wish == rank) DrawClaim(state, application, claim);
      }
    }
    ImGui::Separator();
  }
}

void DrawInstitution(AppState& state) {
  const Language lang = state.language;
  const InboxState& inbox = state.inbox;
  DrawDeciderApplications(state, "Ansøgninger", "Applications");
  ui::Heading(state.widgets, "inbox.tests", Say(lang, "Skal til optagelsesprøve", "Must take the admission test"));
  if (inbox.admission_tests.empty()) ui::Paragraph(state.widgets, "inbox.tests.none", Say(lang, "Ingen.", "None."));
  for (const wire::AdmissionTestEntry& test : inbox.admission_tests) {
    ui::Paragraph(state.widgets, "inbox.test." + std::to_string(test.application),
                  ApplicantText(test.applicant, lang) + " - " + test.programme + " - " + TestReasonText(test.reason, lang));
  }
}

void DrawCounsellor(AppState& state) {
  const Language lang = state.language;
  const InboxState& inbox = state.inbox;
  ui::Heading(state.widgets, "inbox.applications",
              std::string(Say(lang, "Ansøgninger fra kommunens unge (", "Applications from the municipality's young people (")) +
                  std::to_string(inbox.applications.size()) + ")");
  for (const wire::StaffApplication& entry : inbox.applications) {
    ui::Paragraph(state.widgets, "inbox." + std::to_string(entry.application.id),
                  ApplicantText(entry.applicant, lang) + " - " +
                      std::string(ApplicationStatusText(entry.application.status, lang)) + " - " + WishLine(entry.application, 1));
  }
  ui::Heading(state.widgets, "inbox.activities", Say(lang, "Skal noget andet (anden aktivitet)", "Doing something else (another activity)"));
  if (inbox.loaded && inbox.activities.empty()) ui::Paragraph(state.widgets, "inbox.activities.none", Say(lang, "Ingen.", "None."));
  for (const wire::StaffApplication& entry : inbox.activities) {
    const std::optional<applications::AnotherActivity> activity = ContentOf(entry.application).another_activity;
    if (!activity) continue;
    ui::Paragraph(state.widgets, "inbox." + std::to_string(entry.application.id),
                  ApplicantText(entry.applicant, lang) + " - " + std::string(applications::ActivityTypeName(activity->type)) + ": " +
                      activity->description);
  }
}

}  // namespace

void DrawInboxScreen(AppState& state) {
  const Language lang = state.language;
  InboxState& inbox = state.inbox;
  ui::Heading(state.widgets, "inbox.heading", Say(lang, "Indbakke: institutioner, vejledere og regioner", "Inbox: institutions, counsellors and regions"));
  if (inbox.role.empty()) {
    DrawLoginPanel(state, LoginKind::kInstitution);
  } else {
    const std::string_view who = inbox.role == "counsellor" ? Say(lang, "Vejleder for kommune ", "Counsellor for municipality ")
                                 : inbox.role == "region"   ? Say(lang, "Region ", "Region ")
                                                            : Say(lang, "Institution ", "Institution ");
    ui::Paragraph(state.widgets, "inbox.who", std::string(who) + inbox.organisation);
    ImGui::SameLine();
    if (ui::Button(state.widgets, "inbox.refresh", Say(lang, "Opdatér", "Refresh"))) InboxRefresh(state);
    if (inbox.role == "counsellor") {
      DrawCounsellor(state);
    } else if (inbox.role == "region") {
      DrawDeciderApplications(state, "Ansøgninger om forrang pga. handicap", "Disability priority claims");
      ImGui::Separator();
      DrawRegionStatistics(state);
    } else {
      DrawInstitution(state);
    }
  }
  if (!inbox.message.empty()) {
    ui::Status(state.widgets, "inbox.message", inbox.message, inbox.message_is_error ? ui::StatusKind::kError : ui::StatusKind::kSuccess);
  }
}

}  // namespace optagelse::web
