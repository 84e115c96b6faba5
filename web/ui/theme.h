// The app's look: a light theme with text contrast of at least 4.5:1 (WCAG 2.1 AA) and a
// clearly visible keyboard focus. The colours, and the compile-time contrast checks, are in
// palette.h.
#pragma once

#include <imgui.h>

#include "ui/palette.h"

namespace optagelse::web {

void ApplyTheme(ImGuiStyle& style);

inline ImVec4 ToImGui(palette::Rgb colour) { return ImVec4(colour.r, colour.g, colour.b, 1.0f); }

}  // namespace optagelse::web
