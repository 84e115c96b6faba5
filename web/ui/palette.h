// Every colour the app draws with, in one place, and the WCAG 2.1 contrast rules they must meet,
// checked by the compiler (static_assert below): text 4.5:1 against what it is drawn on (1.4.3 AA),
// borders and the keyboard-focus outline 3:1 against the page (1.4.11). A colour change that
// breaks one does not build. Relative luminance and contrast ratio as WCAG 2.1 defines them.
#pragma once

namespace optagelse::web::palette {

struct Rgb {
  float r, g, b;  // sRGB, 0..1
};

constexpr Rgb kWhite{1.0f, 1.0f, 1.0f};
constexpr Rgb kText{0.10f, 0.10f, 0.10f};            // #1A1A1A
constexpr Rgb kTextDisabled{0.35f, 0.35f, 0.35f};
constexpr Rgb kBorder{0.35f, 0.35f, 0.35f};
constexpr Rgb kButton{0.043f, 0.361f, 0.678f};       // #0B5CAD, white text
constexpr Rgb kButtonHovered{0.03f, 0.29f, 0.55f};
constexpr Rgb kButtonActive{0.02f, 0.22f, 0.42f};
constexpr Rgb kChoiceUnchosen{0.25f, 0.25f, 0.25f};  // white text
constexpr Rgb kFocus{0.80f, 0.35f, 0.0f};            // ImGui's keyboard-navigation outline
constexpr Rgb kError{0.60f, 0.0f, 0.0f};
constexpr Rgb kWarning{0.54f, 0.29f, 0.0f};
constexpr Rgb kSuccess{0.0f, 0.33f, 0.0f};

namespace detail {

// x^(1/5) by Newton's method (x in 0..1): constexpr, unlike std::pow.
constexpr double FifthRoot(double x) {
  if (x <= 0) return 0;
  double y = 1.0;
  for (int i = 0; i < 100; ++i) y -= (y * y * y * y * y - x) / (5 * y * y * y * y);
  return y;
}

// ((c + 0.055) / 1.055)^2.4 = v^2 * (v^2)^(1/5).
constexpr double Linear(float channel) {
  if (channel <= 0.04045f) return channel / 12.92;
  const double v = (channel + 0.055) / 1.055;
  return v * v * FifthRoot(v * v);
}

}  // namespace detail

constexpr double RelativeLuminance(Rgb c) {
  return 0.2126 * detail::Linear(c.r) + 0.7152 * detail::Linear(c.g) + 0.0722 * detail::Linear(c.b);
}

constexpr double ContrastRatio(Rgb a, Rgb b) {
  const double la = RelativeLuminance(a), lb = RelativeLuminance(b);
  return la > lb ? (la + 0.05) / (lb + 0.05) : (lb + 0.05) / (la + 0.05);
}

// The checks: known pairs first, so the arithmetic itself is tested (black on white is 21:1).
static_assert(ContrastRatio(Rgb{0, 0, 0}, kWhite) > 20.99 && ContrastRatio(Rgb{0, 0, 0}, kWhite) < 21.01);
constexpr Rgb kGrey808080{128 / 255.0f, 128 / 255.0f, 128 / 255.0f};  // WCAG examples: 3.95:1 on white
static_assert(ContrastRatio(kGrey808080, kWhite) > 3.94 && ContrastRatio(kGrey808080, kWhite) < 3.96);
static_assert(ContrastRatio(kText, kWhite) >= 4.5);
static_assert(ContrastRatio(kTextDisabled, kWhite) >= 4.5);
static_assert(ContrastRatio(kWhite, kButton) >= 4.5);
static_assert(ContrastRatio(kWhite, kButtonHovered) >= 4.5);
static_assert(ContrastRatio(kWhite, kButtonActive) >= 4.5);
static_assert(ContrastRatio(kWhite, kChoiceUnchosen) >= 4.5);
static_assert(ContrastRatio(kError, kWhite) >= 4.5);
static_assert(ContrastRatio(kWarning, kWhite) >= 4.5);
static_assert(ContrastRatio(kSuccess, kWhite) >= 4.5);
static_assert(ContrastRatio(kBorder, kWhite) >= 3.0);
static_assert(ContrastRatio(kFocus, kWhite) >= 3.0);

}  // namespace optagelse::web::palette
