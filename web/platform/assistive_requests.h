// What assistive technology asks of the app between two frames, through the page's accessibility
// mirror (web/accessibility_mirror.js): press this widget, or move the keyboard focus to that one.
// A screen reader user or a keyboard user on the mirror's real DOM controls reaches the ImGui
// widgets this way; the widget registry takes the requests at the start of a frame and the widget
// with the named id acts on them when it is drawn.
#pragma once

#include <string>

namespace optagelse::web {

struct AssistiveRequests {
  std::string activate;  // widget id to press this frame, or empty
  std::string focus;     // widget id to give the keyboard focus this frame, or empty
};

// The requests received since the last call (then forgotten: a request for a widget that is no
// longer drawn lapses after one frame).
AssistiveRequests TakeAssistiveRequests();

}  // namespace optagelse::web
