// The guardian's view: see guardian_view.h.
#include "screens/guardian_view.h"

#include <imgui.h>

#include "screens/apply_requests.h"
#include "screens/forrang_view.h"
#include "screens/wish_text.h"
#include "ui/widgets.h"
#include "wire/application_wire.h"

namespace optagelse::web {
namespace {

// What the server last told this guardian about the application ("signature_voided", ...), or "".
std::string NewestNoticeKind(const std::vector<wire::GuardianNotice>& notices, std::int64_t application_id) {
  for (const wire::GuardianNotice& notice : notices) {  // newest first
    if (notice.application == application_id) return notice.kind;
  }
  return "";
}

void DrawChild(AppState& state, const wire::ChildSummary& child) {
  const Language lang = state.language;
  const std::string key = "guardian." + child.cpr;
  const std::string name = child.name ? *child.name : std::string(Say(lang, "Navnebeskyttet barn", "Child with name protection"));
  ui::Heading(state.widgets, key, name);
  if (!child.application) {
    ui::Paragraph(state.widgets, key + ".none", Say(lang, "Har ikke lavet en ansøgning endnu.", "Has not made an application yet."));
    return;
  }
  const wire::ApplicationView& application = *child.application;
  auto content = wire::ApplicationFromJson(application.content);
  if (!content) return;
  for (int rank = 1; rank <= static_cast<int>(content->wishes.size()); ++rank) {
    ui::Paragraph(state.widgets, key + ".wish." + std::to_string(rank), WishLine(application, rank));
  }
  // A claim is part of what the guardian signs (its documentation is not shown here: sensitive).
  for (const applications::ForrangClaim& claim : content->forrang) {
    const std::string wish = std::to_string(claim.wish);
    ui::Paragraph(state.widgets, key + ".forrang." + wish,
                  std::string(Say(lang, "Fortrinsret til ", "Priority for wish ")) + wish + std::string(Say(lang, ". ønske: ", ": ")) +
                      ForrangGroundName(claim.ground, lang));
  }
  const std::string& status = application.status;
  const bool valid = application.signature.valid;
  ui::Status(state.widgets, key + ".signature",
             valid ? Say(lang, "Underskrevet af en forælder", "Signed by a parent")
                   : status == "draft" ? Say(lang, "Ikke sendt endnu", "Not sent yet")
                                       : Say(lang, "Mangler underskrift", "Needs a signature"),
             valid ? ui::StatusKind::kSuccess : ui::StatusKind::kWarning);
  if (valid || status != "awaiting_signature") return;
  const std::int64_t id = application.id;
  if (NewestNoticeKind(state.apply.guardian_notices, id) == "signature_voided") {
    ui::Status(state.widgets, key + ".voided",
               Say(lang, "Ansøgningen er ændret, efter at den blev underskrevet. Læs den igen, og skriv under på den nye udgave.",
                   "The application was changed after it was signed. Read it again and sign the new version."),
               ui::StatusKind::kWarning);
  }
  const std::string& sha = application.content_sha256;
  ui::TextField(state.widgets, key + ".comment", Say(lang, "Kommentar (valgfri)", "Comment (optional)"), state.apply.guardian_comments[id],
                KeyboardKind::kText, state.text_focus);
  if (ui::Button(state.widgets, key + ".sign", std::string(Say(lang, "Underskriv ansøgningen for ", "Sign the application for ")) + name)) {
    ApplySign(state, id, sha, true);
  }
  ImGui::SameLine();
  if (ui::Button(state.widgets, key + ".decline", std::string(Say(lang, "Afvis ansøgningen for ", "Decline the application for ")) + name)) {
    ApplySign(state, id, sha, false);
  }
}

}  // namespace

void DrawGuardianView(AppState& state) {
  if (state.apply.children.empty()) return;
  ImGui::Separator();
  ui::Heading(state.widgets, "guardian.heading", Say(state.language, "Mine børn", "My children"));
  for (const wire::ChildSummary& child : state.apply.children) DrawChild(state, child);
}

}  // namespace optagelse::web
