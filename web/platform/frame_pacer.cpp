// Sleeping when nothing changes: see frame_pacer.h.
#include "platform/frame_pacer.h"

namespace optagelse::web {
namespace {

unsigned& Wakes() {
  static unsigned wakes = 0;
  return wakes;
}

}  // namespace

void WakeApp() { ++Wakes(); }

bool FramePacer::ShouldDraw(double now_ms, unsigned input_events, bool input_waiting, bool text_field_active) {
  const bool first = awake_until_ms_ < 0;
  if (first || input_events != last_input_events_ || Wakes() != last_wakes_) {
    last_input_events_ = input_events;
    last_wakes_ = Wakes();
    awake_until_ms_ = now_ms + kAwakeAfterActivityMs;
  }
  const double period = text_field_active ? kCaretMs : kHeartbeatMs;
  const bool draw = input_waiting || now_ms <= awake_until_ms_ || now_ms - last_draw_ms_ >= period;
  if (draw) last_draw_ms_ = now_ms;
  return draw;
}

}  // namespace optagelse::web
