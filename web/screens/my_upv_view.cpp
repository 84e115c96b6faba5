// The pupil's and guardian's UPV view: see my_upv_view.h.
#include "screens/my_upv_view.h"

#include <imgui.h>

#include "api_errors.h"
#include "screens/login_panel.h"
#include "screens/my_placement_view.h"
#include "ui/ui_text.h"
#include "ui/widgets.h"
#include "upv/reason_text.h"

namespace optagelse::web {
namespace {

// The assessment is the core's result as JSON (wire/upv_wire.h): read member by member, so a
// missing or differently typed member is skipped rather than read unchecked.
const wire::Json* MemberOf(const wire::Json& object, const std::string& name) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(name);
  return it == object.end() ? nullptr : &*it;
}

std::string InLanguage(const wire::Json* text, Language language) {
  const wire::Json* value = text ? MemberOf(*text, language == Language::kDanish ? "da" : "en") : nullptr;
  return value && value->is_string() ? value->get<std::string>() : "";
}

bool IsTrue(const wire::Json* value) { return value && value->is_boolean() && value->get<bool>(); }

void FetchMine(AppState& state) {
  ApiGet("/api/v1/me/upv", [&state](const ApiResponse& response) {
    auto answer = wire::DecodeAnswerText<wire::MyUpv>(response.body);
    if (response.status != 200 || !answer) {
      state.upv.mine.message = DescribeApiErrors(response, state.language);
      return;
    }
    state.upv.mine.people = std::move(answer->people);
    state.upv.mine.message.clear();
  });
}

void DrawAssessment(AppState& state, const std::string& key, const wire::Json& assessment) {
  const Language lang = state.language;
  const wire::Json* tracks = MemberOf(assessment, "tracks");
  if (!tracks) return;
  for (const upv::Track track : upv::kAllTracks) {
    const std::string name(upv::TrackName(track));
    const wire::Json* result = MemberOf(*tracks, name);
    if (!result || !result->is_object()) continue;
    std::string text = upv::TrackDisplayName(track, lang) + ": " + InLanguage(MemberOf(*result, "label"), lang);
    if (IsTrue(MemberOf(assessment, "provisional"))) text += " (" + std::string(Text(TextId::kUpvProvisional, lang)) + ")";
    ui::Status(state.widgets, key + "." + name, text,
               IsTrue(MemberOf(*result, "ready")) ? ui::StatusKind::kSuccess : ui::StatusKind::kWarning);
    std::string reasons;
    if (const wire::Json* list = MemberOf(*result, "reasons"); list && list->is_array()) {
      for (const wire::Json& reason : *list) reasons += (reasons.empty() ? "" : "; ") + InLanguage(MemberOf(reason, "text"), lang);
    }
    ImGui::Indent();
    ui::Paragraph(state.widgets, key + "." + name + ".reasons", reasons);
    ImGui::Unindent();
  }
}

void DrawPerson(AppState& state, std::size_t index, const wire::MyUpvPerson& person) {
  const Language lang = state.language;
  const std::string key = "mine." + std::to_string(index);
  std::string heading = person.name ? *person.name : std::string(Text(TextId::kUpvNameProtected, lang));
  heading += person.relation == "self" ? "" : " (" + std::string(Text(TextId::kUpvYourChild, lang)) + ")";
  ui::Heading(state.widgets, key, heading);
  bool shown = false;
  for (const wire::MyUpvPlace& place : person.pupil) {
    if (!place.current) continue;
    DrawAssessment(state, key, place.current->assessment);
    shown = true;
  }
  if (!shown) ui::Paragraph(state.widgets, key + ".none", Text(TextId::kUpvNoAssessmentYet, lang));
}

}  // namespace

void MyUpvFetch(AppState& state) {
  FetchMine(state);
  FetchMyPlacement(state);
}

void DrawMyUpvView(AppState& state) {
  const Language lang = state.language;
  MyUpvState& mine = state.upv.mine;
  ui::Heading(state.widgets, "mine.heading", Text(TextId::kUpvMineHeading, lang));
  if (!mine.logged_in) {
    DrawLoginPanel(state, LoginKind::kCitizen);
  } else {
    DrawMyPlacement(state);
    for (std::size_t i = 0; i < mine.people.size(); ++i) DrawPerson(state, i, mine.people[i]);
  }
  if (!mine.message.empty()) ui::Status(state.widgets, "mine.message", mine.message, ui::StatusKind::kError);
}

}  // namespace optagelse::web
