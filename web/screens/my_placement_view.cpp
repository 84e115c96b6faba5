// The applicant's place: see my_placement_view.h.
#include "screens/my_placement_view.h"

#include <imgui.h>

#include "ui/ui_text.h"
#include "ui/widgets.h"

namespace optagelse::web {
namespace {

std::string InLanguage(const wire::Json& text, Language language) {
  const wire::Json& value = text[language == Language::kDanish ? "da" : "en"];
  return value.is_string() ? value.get<std::string>() : "";
}

}  // namespace

void FetchMyPlacement(AppState& state) {
  ApiGet("/api/v1/me/placement", [&state](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    if (response.status != 200 || !json || !(*json)["placements"].is_array()) return;
    state.placement.placements = (*json)["placements"];
    state.placement.fetched = true;
  });
}

void DrawMyPlacement(AppState& state) {
  const Language lang = state.language;
  if (!state.placement.fetched) return;
  ui::Heading(state.widgets, "placement.heading", Text(TextId::kPlacementHeading, lang));
  const wire::Json& placements = state.placement.placements;
  if (placements.empty()) return ui::Paragraph(state.widgets, "placement.none", Text(TextId::kPlacementNone, lang));
  for (std::size_t i = 0; i < placements.size(); ++i) {
    const wire::Json& entry = placements[i];
    const std::string key = "placement." + std::to_string(i);
    const bool placed = entry["placed"].is_boolean() && entry["placed"].get<bool>();
    std::string text = InLanguage(entry["text"], lang);
    if (entry.contains("placed_by_region") && entry["programme"].is_string()) {
      text = entry["programme"].get<std::string>() + ": " + std::string(Text(TextId::kPlacementByRegion, lang));
    }
    ui::Status(state.widgets, key, text, placed ? ui::StatusKind::kSuccess : ui::StatusKind::kWarning);
    if (!entry["wishes"].is_array()) continue;
    ImGui::Indent();
    for (std::size_t w = 0; w < entry["wishes"].size(); ++w) {
      const wire::Json& wish = entry["wishes"][w];
      const std::string programme = wish["programme"].is_string() ? wish["programme"].get<std::string>() : "";
      ui::Paragraph(state.widgets, key + ".wish." + std::to_string(w),
                    std::to_string(w + 1) + ". " + programme + ": " + InLanguage(wish["text"], lang));
    }
    ImGui::Unindent();
  }
}

}  // namespace optagelse::web
