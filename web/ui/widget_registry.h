// The list of widgets drawn in the current frame - role, label, value, state and rectangle in CSS
// pixels - published to the page each frame it changes. Browser tests find widgets by label in
// it, and the page's accessibility mirror (web/accessibility_mirror.js) turns it into real DOM
// controls for screen readers and keyboards; what those controls are asked to do comes back as
// AssistiveRequests, which the registry hands to the widget they name.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "platform/assistive_requests.h"

namespace optagelse::web {

// kDragHandle: moved by dragging only (with buttons beside it for keyboards), so not mirrored as
// a control.
enum class WidgetRole { kButton, kTextInput, kText, kHeading, kStatus, kRadio, kDragHandle };

// What the mirror needs beyond the role: which on-screen keyboard a field wants, and whether a
// status is an error to announce at once.
struct WidgetTraits {
  bool numeric = false;
  bool urgent = false;
};

struct WidgetRecord {
  WidgetRole role;
  std::string id;     // stable, language-independent name ("health.check")
  std::string label;  // the visible label, in the current language
  std::string value;  // the text of a field or a status line
  float x, y, width, height;
  bool focused;
  bool active;
  WidgetTraits traits;
};

class WidgetRegistry {
 public:
  void BeginFrame(float pixel_ratio, AssistiveRequests requests);
  // Records the last ImGui item (call right after drawing it), and gives it the keyboard focus
  // when assistive technology asked for that.
  void RecordLastItem(WidgetRole role, std::string_view id, std::string_view label, std::string_view value,
                      WidgetTraits traits = {});
  // Whether assistive technology pressed the widget with this id (once per request).
  bool TakeActivation(std::string_view id);
  // The frame's widgets as JSON: {"language": ..., "widgets": [...]}.
  std::string ToJson(std::string_view language) const;
  const std::vector<WidgetRecord>& widgets() const { return widgets_; }

 private:
  float pixel_ratio_ = 1.0f;
  std::vector<WidgetRecord> widgets_;
  AssistiveRequests requests_;
};

}  // namespace optagelse::web
