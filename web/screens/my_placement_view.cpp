// The applicant's place: see my_placement_view.h.
#include "screens/my_placement_view.h"

#include <imgui.h>

#include "ui/ui_text.h"
#include "ui/widgets.h"

namespace optagelse::web {
namespace {

const std::string& InLanguage(const wire::DanishAndEnglish& text, Language language) {
  return language == Language::kDanish ? text.da : text.en;
}

}  // namespace

void FetchMyPlacement(AppState& state) {
  ApiGet("/api/v1/me/placement", [&state](const ApiResponse& response) {
    auto answer = wire::DecodeAnswerText<wire::MyPlacements>(response.body);
    if (response.status != 200 || !answer) return;
    state.placement.placements = std::move(answer->placements);
    state.placement.fetched = true;
  });
}

void DrawMyPlacement(AppState& state) {
  const Language lang = state.language;
  if (!state.placement.fetched) return;
  ui::Heading(state.widgets, "placement.heading", Text(TextId::kPlacementHeading, lang));
  const std::vector<wire::MyPlacement>& placements = state.placement.placements;
  if (placements.empty()) return ui::Paragraph(state.widgets, "placement.none", Text(TextId::kPlacementNone, lang));
  for (std::size_t i = 0; i < placements.size(); ++i) {
    const wire::MyPlacement& entry = placements[i];
    const std::string key = "placement." + std::to_string(i);
    std::string text = InLanguage(entry.text, lang);
    if (entry.placed_by_region && entry.programme) {
      text = *entry.programme + ": " + std::string(Text(TextId::kPlacementByRegion, lang));
    }
    ui::Status(state.widgets, key, text, entry.placed ? ui::StatusKind::kSuccess : ui::StatusKind::kWarning);
    ImGui::Indent();
    for (std::size_t w = 0; w < entry.wishes.size(); ++w) {
      const wire::WishExplained& wish = entry.wishes[w];
      ui::Paragraph(state.widgets, key + ".wish." + std::to_string(w),
                    std::to_string(w + 1) + ". " + wish.programme + ": " + InLanguage(wish.text, lang));
    }
    ImGui::Unindent();
  }
}

}  // namespace optagelse::web
