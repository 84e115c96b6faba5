// Canvas size, device pixel ratio, font and style scale: see display_scale.h.
#include "platform/display_scale.h"

#include <cmath>

#include <GLFW/glfw3.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "ui/theme.h"

extern "C" void optagelse_js_set_canvas_size(int width, int height);

namespace optagelse::web {
namespace {

constexpr float kBaseFontPixels = 18.0f;
constexpr float kHeadingScale = 1.4f;
constexpr const char* kFontPath = "/fonts/DejaVuSans.ttf";  // embedded at link time

}  // namespace

void DisplayScale::Update(GLFWwindow* window) {
  double css_width = 0, css_height = 0;
  emscripten_get_element_css_size("#canvas", &css_width, &css_height);
  const float ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  const int width = static_cast<int>(std::lround(css_width * ratio));
  const int height = static_cast<int>(std::lround(css_height * ratio));
  int current_width = 0, current_height = 0;
  glfwGetWindowSize(window, &current_width, &current_height);
  if (width > 0 && height > 0 && (width != current_width || height != current_height)) {
    optagelse_js_set_canvas_size(width, height);
  }
  if (ratio != pixel_ratio_) RebuildFontsAndStyle(ratio);
}

void DisplayScale::RebuildFontsAndStyle(float ratio) {
  pixel_ratio_ = ratio;
  ImGuiIO& io = ImGui::GetIO();
  io.Fonts->Clear();
  ImFontConfig config;
  // Horizontal oversampling sharpens small text on 1x screens; at 2x and more the pixels already
  // do, and it would only make the atlas (and the first frame) slower.
  config.OversampleH = ratio >= 2.0f ? 1 : 2;
  // Latin-1 covers æ ø å Æ Ø Å; the extra range adds the dashes and quotes Danish text uses.
  // Also the check mark and cross (U+2713-2717) used by status lines.
  // Latin-1, dashes and quotes, bullet, ellipsis, euro, arrows (→), comparisons (≤ ≥), ✓ ✗.
  // The embedded font keeps only the Unicode blocks these lie in (web/CMakeLists.txt subsets it):
  // a range outside them needs its block added there too.
  static const ImWchar kRanges[] = {0x0020, 0x00FF, 0x2010, 0x201F, 0x2022, 0x2026, 0x20AC, 0x20AC,
                                    0x2190, 0x2193, 0x2264, 0x2265, 0x2713, 0x2717, 0};
  io.Fonts->AddFontFromFileTTF(kFontPath, std::round(kBaseFontPixels * ratio), &config, kRanges);
  io.Fonts->AddFontFromFileTTF(kFontPath, std::round(kBaseFontPixels * kHeadingScale * ratio), &config, kRanges);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  ImGui::GetStyle() = ImGuiStyle();
  ApplyTheme(ImGui::GetStyle());
  ImGui::GetStyle().ScaleAllSizes(ratio);
}

}  // namespace optagelse::web
