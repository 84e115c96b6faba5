// Everything the browser app remembers between frames. Screens read and change it; nothing else
// holds state.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "api_client.h"
#include "core/language.h"
#include "platform/browser_bridge.h"
#include "pupils/pupil_report.h"
#include "ui/widget_registry.h"

namespace optagelse::web {

enum class ConnectionState { kNotChecked, kChecking, kAnswered, kFailed };
enum class Screen { kHome, kSchool };

// The school's pupil report screen: its session, the last upload's outcome, the pupil list.
struct SchoolState {
  std::string institution_input;
  std::string organisation;  // logged in when not empty
  std::string csrf_token;
  std::string message;       // the last outcome (login, upload, correction), in the current language
  bool message_is_error = false;
  bool busy = false;
  std::vector<pupils::PupilRecord> pupils;
  std::optional<pupils::RowOutcome> status_filter;
  std::string class_filter;
  std::map<std::int64_t, std::string> cpr_fixes;  // the correction typed for each listed pupil
};

struct AppState {
  Language language = Language::kDanish;
  Screen screen = Screen::kHome;
  WidgetRegistry widgets;
  TextFieldFocus text_focus;  // the active text field this frame, for the hidden input

  ConnectionState connection = ConnectionState::kNotChecked;
  ApiResponse health_answer;  // the last answer; described in the language of the moment

  std::string cpr_input;
  std::string notes;

  SchoolState school;
};

}  // namespace optagelse::web
