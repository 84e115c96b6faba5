// The app's look: a light theme with text contrast of at least 4.5:1 (WCAG 2.1 AA) and a
// clearly visible keyboard focus.
#pragma once

struct ImGuiStyle;

namespace optagelse::web {

void ApplyTheme(ImGuiStyle& style);

}  // namespace optagelse::web
