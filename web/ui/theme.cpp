// Light, high-contrast theme: see theme.h. Text #1A1A1A on #FFFFFF is 17:1; white on the button
// blue #0B5CAD is 6.6:1 (palette.h checks every pair when it compiles).
#include "ui/theme.h"

#include <imgui.h>

namespace optagelse::web {

void ApplyTheme(ImGuiStyle& style) {
  ImGui::StyleColorsLight(&style);
  style.WindowPadding = ImVec2(24, 20);
  style.FramePadding = ImVec2(10, 8);
  style.ItemSpacing = ImVec2(12, 12);
  style.FrameRounding = 4;
  style.FrameBorderSize = 1;
  style.WindowBorderSize = 0;
  ImVec4* colors = style.Colors;
  colors[ImGuiCol_Text] = ToImGui(palette::kText);
  colors[ImGuiCol_TextDisabled] = ToImGui(palette::kTextDisabled);
  colors[ImGuiCol_WindowBg] = ToImGui(palette::kWhite);
  colors[ImGuiCol_FrameBg] = ToImGui(palette::kWhite);
  colors[ImGuiCol_Border] = ToImGui(palette::kBorder);
  colors[ImGuiCol_Button] = ToImGui(palette::kButton);
  colors[ImGuiCol_ButtonHovered] = ToImGui(palette::kButtonHovered);
  colors[ImGuiCol_ButtonActive] = ToImGui(palette::kButtonActive);
  colors[ImGuiCol_NavHighlight] = ToImGui(palette::kFocus);
}

}  // namespace optagelse::web
