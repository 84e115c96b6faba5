// The guardian's view: see guardian_view.h.
#include "screens/guardian_view.h"

#include <imgui.h>

#include "screens/apply_requests.h"
#include "screens/forrang_view.h"
#include "screens/wish_text.h"
#include "ui/widgets.h"

namespace optagelse::web {
namespace {

// What the server last told this guardian about the application ("signature_voided", ...), or "".
std::string NewestNoticeKind(const std::vector<wire::GuardianNotice>& notices, std::int64_t application_id) {
  for (const wire::GuardianNotice& notice : notices) {  // newest first
    if (notice.application == application_id) return notice.kind;
  }
  return "";
}

// A member of the (not yet typed) application, or the fallback when it is missing or of another type:
// an unchecked get would abort the app under JSON_NOEXCEPTION.
template <class T>
T MemberOr(const wire::Json& object, const char* name, T fallback) {
  if (!object.is_object()) return fallback;
  const auto it = object.find(name);
  if (it == object.end()) return fallback;
  if constexpr (std::is_same_v<T, bool>) return it->is_boolean() ? it->template get<bool>() : fallback;
  else if constexpr (std::is_integral_v<T>) return it->is_number_integer() ? it->template get<T>() : fallback;
  else return it->is_string() ? it->template get<std::string>() : fallback;
}

void DrawChild(AppState& state, const wire::ChildSummary& child) {
  const Language lang = state.language;
  const std::string key = "guardian." + child.cpr;
  const std::string name = child.name ? *child.name : std::string(Say(lang, "Navnebeskyttet barn", "Child with name protection"));
  ui::Heading(state.widgets, key, name);
  const wire::Json& application = child.application;
  if (!application.is_object() || !application.contains("content")) {
    ui::Paragraph(state.widgets, key + ".none", Say(lang, "Har ikke lavet en ansøgning endnu.", "Has not made an application yet."));
    return;
  }
  for (int rank = 1; rank <= static_cast<int>(application["content"]["wishes"].size()); ++rank) {
    ui::Paragraph(state.widgets, key + ".wish." + std::to_string(rank), WishLine(application, rank));
  }
  // A claim is part of what the guardian signs (its documentation is not shown here: sensitive).
  if (application["content"]["forrang"].is_array()) {
    for (const wire::Json& claim : application["content"]["forrang"]) {
      if (!claim["wish"].is_number_integer() || !claim["ground"].is_string()) continue;
      const std::string wish = std::to_string(claim["wish"].get<int>());
      ui::Paragraph(state.widgets, key + ".forrang." + wish,
                    std::string(Say(lang, "Fortrinsret til ", "Priority for wish ")) + wish + std::string(Say(lang, ". ønske: ", ": ")) +
                        ForrangGroundName(claim["ground"].get<std::string>(), lang));
    }
  }
  const std::string status = MemberOr<std::string>(application, "status", "");
  const bool valid = application.contains("signature") && MemberOr(application["signature"], "valid", false);
  ui::Status(state.widgets, key + ".signature",
             valid ? Say(lang, "Underskrevet af en forælder", "Signed by a parent")
                   : status == "draft" ? Say(lang, "Ikke sendt endnu", "Not sent yet")
                                       : Say(lang, "Mangler underskrift", "Needs a signature"),
             valid ? ui::StatusKind::kSuccess : ui::StatusKind::kWarning);
  if (valid || status != "awaiting_signature") return;
  const std::int64_t id = MemberOr<std::int64_t>(application, "id", 0);
  if (NewestNoticeKind(state.apply.guardian_notices, id) == "signature_voided") {
    ui::Status(state.widgets, key + ".voided",
               Say(lang, "Ansøgningen er ændret, efter at den blev underskrevet. Læs den igen, og skriv under på den nye udgave.",
                   "The application was changed after it was signed. Read it again and sign the new version."),
               ui::StatusKind::kWarning);
  }
  const std::string sha = MemberOr<std::string>(application, "content_sha256", "");
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
