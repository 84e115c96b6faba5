// Everything the browser app remembers between frames. Screens read and change it; nothing else
// holds state.
#pragma once

#include <string>

#include "api_client.h"
#include "core/language.h"
#include "platform/browser_bridge.h"
#include "ui/widget_registry.h"

namespace optagelse::web {

enum class ConnectionState { kNotChecked, kChecking, kAnswered, kFailed };

struct AppState {
  Language language = Language::kDanish;
  WidgetRegistry widgets;
  TextFieldFocus text_focus;  // the active text field this frame, for the hidden input

  ConnectionState connection = ConnectionState::kNotChecked;
  ApiResponse health_answer;  // the last answer; described in the language of the moment

  std::string cpr_input;
  std::string notes;
};

}  // namespace optagelse::web
