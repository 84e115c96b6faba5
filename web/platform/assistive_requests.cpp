// The requests of the accessibility mirror: see assistive_requests.h.
#include "platform/assistive_requests.h"

#include <utility>

#include <emscripten.h>

#include "platform/frame_pacer.h"

namespace optagelse::web {
namespace {

AssistiveRequests& Pending() {
  static AssistiveRequests pending;
  return pending;
}

}  // namespace

AssistiveRequests TakeAssistiveRequests() { return std::exchange(Pending(), AssistiveRequests{}); }

}  // namespace optagelse::web

extern "C" {
// A click, Enter or Space on a mirrored button or choice, or a screen reader's "activate".
EMSCRIPTEN_KEEPALIVE void optagelse_a11y_activate(const char* id) {
  optagelse::web::Pending().activate = id;
  optagelse::web::WakeApp();
}
// The DOM focus moved to a mirrored control (Tab, a screen reader's cursor).
EMSCRIPTEN_KEEPALIVE void optagelse_a11y_focus(const char* id) {
  optagelse::web::Pending().focus = id;
  optagelse::web::WakeApp();
}
}
