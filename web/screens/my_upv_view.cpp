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

std::string InLanguage(const wire::Json& text, Language language) {
  const wire::Json& value = text[language == Language::kDanish ? "da" : "en"];
  return value.is_string() ? value.get<std::string>() : "";
}

void FetchMine(AppState& state) {
  ApiGet("/api/v1/me/upv", [&state](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    if (response.status != 200 || !json || !(*json)["people"].is_array()) {
      state.upv.mine.message = DescribeApiErrors(response, state.language);
      return;
    }
    state.upv.mine.people = (*json)["people"];
    state.upv.mine.message.clear();
  });
}

void DrawAssessment(AppState& state, const std::string& key, const wire::Json& assessment) {
  const Language lang = state.language;
  const wire::Json& tracks = assessment["tracks"];
  if (!tracks.is_object()) return;
  for (const upv::Track track : upv::kAllTracks) {
    const std::string name(upv::TrackName(track));
    const wire::Json& result = tracks[name];
    if (!result.is_object()) continue;
    const bool ready = result["ready"].is_boolean() && result["ready"].get<bool>();
    std::string text = upv::TrackDisplayName(track, lang) + ": " + InLanguage(result["label"], lang);
    if (assessment["provisional"].is_boolean() && assessment["provisional"].get<bool>()) {
      text += " (" + std::string(Text(TextId::kUpvProvisional, lang)) + ")";
    }
    ui::Status(state.widgets, key + "." + name, text, ready ? ui::StatusKind::kSuccess : ui::StatusKind::kWarning);
    std::string reasons;
    if (result["reasons"].is_array()) {
      for (const wire::Json& reason : result["reasons"]) reasons += (reasons.empty() ? "" : "; ") + InLanguage(reason["text"], lang);
    }
    ImGui::Indent();
    ui::Paragraph(state.widgets, key + "." + name + ".reasons", reasons);
    ImGui::Unindent();
  }
}

void DrawPerson(AppState& state, std::size_t index, const wire::Json& person) {
  const Language lang = state.language;
  const std::string key = "mine." + std::to_string(index);
  const bool self = person["relation"] == "self";
  std::string heading = person["name"].is_string() ? person["name"].get<std::string>() : std::string(Text(TextId::kUpvNameProtected, lang));
  heading += self ? "" : " (" + std::string(Text(TextId::kUpvYourChild, lang)) + ")";
  ui::Heading(state.widgets, key, heading);
  const wire::Json& pupil = person["pupil"];
  bool shown = false;
  if (pupil.is_array()) {
    for (const wire::Json& place : pupil) {
      if (!place["current"].is_object()) continue;
      DrawAssessment(state, key, place["current"]["assessment"]);
      shown = true;
    }
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
    if (mine.people.is_array()) {
      for (std::size_t i = 0; i < mine.people.size(); ++i) DrawPerson(state, i, mine.people[i]);
    }
  }
  if (!mine.message.empty()) ui::Status(state.widgets, "mine.message", mine.message, ui::StatusKind::kError);
}

}  // namespace optagelse::web
