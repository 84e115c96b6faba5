// The C++ side of the page's JavaScript bridge (platform/browser_bridge.js and index.html): what
// the app tells the page each frame (which text field wants the keyboard, the widget list for
// tests and assistive technology, readiness) and the clipboard, which GLFW lacks in the browser.
#pragma once

#include <optional>
#include <string>

namespace optagelse::web {

enum class KeyboardKind { kText, kNumeric };

struct TextFieldFocus {
  bool active = false;
  float x = 0, y = 0, width = 0, height = 0;  // CSS pixels
  KeyboardKind keyboard = KeyboardKind::kText;
};

// Tells the page whether a text field is active (its mirrored DOM field then takes the focus, which
// opens the on-screen keyboard and carries typing).
void PublishTextFieldFocus(const TextFieldFocus& focus);
// Hands the page the current widget list (JSON) when it changed since the last call.
void PublishWidgets(const std::string& json);
// Sets the page's CSS cursor to match ImGui's (an ImGuiMouseCursor value), when it changed.
void PublishMouseCursor(int imgui_cursor);
// Counts a drawn frame in the page (window.optagelse.drawnFrames; the first-screen benchmark
// compares it with the browser's animation frames).
void PublishFrameDrawn();
// Tells the page the first frame has been drawn.
void PublishReady();
// CSS pixels a finger has scrolled the page by since the last call (positive: the content moves up).
float TakeTouchScroll();
// How many input events (keys, pointer, wheel, touch, resize, focus) the page has seen so far.
unsigned PageInputEvents();
// Installs ImGui clipboard functions that use the page's clipboard bridge.
void InstallClipboard();
struct ChosenFile {
  std::string name;
  std::string bytes;
};

// Opens the browser's file picker (accept: e.g. ".csv,.json"); the file arrives in a later frame.
void ChooseFile(const char* accept);
// The file the user chose since the last call, if any.
std::optional<ChosenFile> TakeChosenFile();
// Downloads a same-origin URL, e.g. a CSV export.
void Download(const std::string& url);
std::optional<ChosenFile>& FileInbox();  // where optagelse_file_chosen puts the file
float& PendingTouchScroll();             // where optagelse_touch_scroll adds up

// Stores text the page received in a paste event, for ImGui's next Ctrl+V.
void ReceivePastedText(const char* utf8);

}  // namespace optagelse::web
