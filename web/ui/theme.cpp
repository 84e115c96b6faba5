// Light, high-contrast theme: see theme.h. Text #1A1A1A on #FFFFFF is 17:1; white on the button
// blue #0B5CAD is 6.6:1.
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
  colors[ImGuiCol_Text] = ImVec4(0.10f, 0.10f, 0.10f, 1.0f);
  colors[ImGuiCol_TextDisabled] = ImVec4(0.35f, 0.35f, 0.35f, 1.0f);
  colors[ImGuiCol_WindowBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  colors[ImGuiCol_FrameBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
  colors[ImGuiCol_Border] = ImVec4(0.35f, 0.35f, 0.35f, 1.0f);
  colors[ImGuiCol_Button] = ImVec4(0.043f, 0.361f, 0.678f, 1.0f);
  colors[ImGuiCol_ButtonHovered] = ImVec4(0.03f, 0.29f, 0.55f, 1.0f);
  colors[ImGuiCol_ButtonActive] = ImVec4(0.02f, 0.22f, 0.42f, 1.0f);
  colors[ImGuiCol_NavHighlight] = ImVec4(0.80f, 0.35f, 0.0f, 1.0f);
}

}  // namespace optagelse::web
