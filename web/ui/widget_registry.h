// The list of widgets drawn in the current frame - role, label, value, state and rectangle in CSS
// pixels - published to the page each frame it changes. Browser tests find widgets by label in
// it, and it is the seed of the accessibility mirror.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace optagelse::web {

enum class WidgetRole { kButton, kTextInput, kText, kHeading, kStatus, kRadio };

struct WidgetRecord {
  WidgetRole role;
  std::string id;     // stable, language-independent name ("health.check")
  std::string label;  // the visible label, in the current language
  std::string value;  // the text of a field or a status line
  float x, y, width, height;
  bool focused;
  bool active;
};

class WidgetRegistry {
 public:
  void BeginFrame(float pixel_ratio);
  // Records the last ImGui item (call right after drawing it).
  void RecordLastItem(WidgetRole role, std::string_view id, std::string_view label, std::string_view value);
  // The frame's widgets as JSON: {"language": ..., "widgets": [...]}.
  std::string ToJson(std::string_view language) const;
  const std::vector<WidgetRecord>& widgets() const { return widgets_; }

 private:
  float pixel_ratio_ = 1.0f;
  std::vector<WidgetRecord> widgets_;
};

}  // namespace optagelse::web
