// The C++ side of the page's JavaScript bridge (platform/browser_bridge.js and index.html): what
// the app tells the page each frame (which text field wants the keyboard, the widget list for
// tests and assistive technology, readiness) and the clipboard, which GLFW lacks in the browser.
#pragma once

#include <string>

namespace optagelse::web {

enum class KeyboardKind { kText, kNumeric };

struct TextFieldFocus {
  bool active = false;
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels
  KeyboardKind keyboard = KeyboardKind::kText;
};

// Focuses (or blurs) the hidden HTML input that opens the on-screen keyboard and carries typing.
void PublishTextFieldFocus(const TextFieldFocus& focus);
// Hands the page the current widget list (JSON) when it changed since the last call.
void PublishWidgets(const std::string& json);
// Sets the page's CSS cursor to match ImGui's (an ImGuiMouseCursor value), when it changed.
void PublishMouseCursor(int imgui_cursor);
// Tells the page the first frame has been drawn.
void PublishReady();
// Installs ImGui clipboard functions that use the page's clipboard bridge.
void InstallClipboard();
// Stores text the page received in a paste event, for ImGui's next Ctrl+V.
void ReceivePastedText(const char* utf8);

}  // namespace optagelse::web
