// Fonts in the atlas, in this order: body text, then headings.
inline constexpr int kBodyFontIndex = 0;
inline constexpr int kHeadingFontIndex = 1;

// Keeps the canvas's drawing buffer at CSS size x device pixel ratio, and the font and style
// scaled to match, so text is sharp on phones and follows the browser's zoom.
#pragma once

struct GLFWwindow;

namespace optagelse::web {

class DisplayScale {
 public:
  // Call once per frame before ImGui::NewFrame; resizes the canvas and rebuilds fonts on change.
  void Update(GLFWwindow* window);
  float pixel_ratio() const { return pixel_ratio_; }

 private:
  void RebuildFontsAndStyle(float ratio);
  float pixel_ratio_ = 0.0f;
};

}  // namespace optagelse::web
