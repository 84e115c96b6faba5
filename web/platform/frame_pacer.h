// Decides, at each of the browser's animation frames, whether the app draws one: the app sleeps
// when nothing changes (60 frames a second of responsiveness, not of CPU). It draws while
// input arrives and for a short while after (ImGui settles hovers, focus and layout over a few
// frames), after anything asynchronous changed the app's state (an API answer, a chosen file, a
// paste, typing, a request of the accessibility mirror: WakeApp()), five times a second while a
// text field is active (the caret blinks), and once a second otherwise, so nothing unforeseen
// stays stale longer.
#pragma once

namespace optagelse::web {

// Something outside the page's input events changed what the app shows; draw soon.
void WakeApp();

class FramePacer {
 public:
  // now_ms: the page's clock; input_events: how many input events the page has seen (a counter);
  // input_waiting: keys or text queued for coming frames (web/platform/input_queue.h).
  bool ShouldDraw(double now_ms, unsigned input_events, bool input_waiting, bool text_field_active);

 private:
  static constexpr double kAwakeAfterActivityMs = 750;
  static constexpr double kHeartbeatMs = 1000;
  static constexpr double kCaretMs = 200;
  double awake_until_ms_ = -1;
  double last_draw_ms_ = -1e12;
  unsigned last_input_events_ = 0;
  unsigned last_wakes_ = 0;
};

}  // namespace optagelse::web
