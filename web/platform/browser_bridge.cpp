// The C++ side of the page bridge: see browser_bridge.h. Functions the page calls back are
// exported with C names at the end (text typed into the hidden input, text pasted).
#include "platform/browser_bridge.h"

#include <utility>

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>

#include "platform/frame_pacer.h"
#include "platform/input_queue.h"

extern "C" {
void optagelse_js_text_field_focus(int active, float x, float y, float w, float h, int numeric);
void optagelse_js_publish_widgets(const char* json);
void optagelse_js_ready();
void optagelse_js_clipboard_write(const char* text);
void optagelse_js_set_cursor(const char* css_cursor);
void optagelse_js_choose_file(const char* accept);
void optagelse_js_download(const char* url);
unsigned optagelse_js_input_events();
void optagelse_js_frame_drawn();
}

namespace optagelse::web {
namespace {

// What the page last pasted or the app last copied; ImGui reads it on Ctrl+V.
std::string& ClipboardText() {
  static std::string text;
  return text;
}

const char* GetClipboard(void*) { return ClipboardText().c_str(); }

void SetClipboard(void*, const char* text) {
  ClipboardText() = text;
  optagelse_js_clipboard_write(text);
}

}  // namespace

void PublishTextFieldFocus(const TextFieldFocus& focus) {
  static TextFieldFocus last{};
  const bool changed = focus.active != last.active || focus.x != last.x || focus.y != last.y ||
                       focus.width != last.width || focus.height != last.height || focus.keyboard != last.keyboard;
  if (!changed) return;
  last = focus;
  optagelse_js_text_field_focus(focus.active, focus.x, focus.y, focus.width, focus.height,
                                focus.keyboard == KeyboardKind::kNumeric);
}

void PublishWidgets(const std::string& json) {
  static std::string last;
  if (json == last) return;
  last = json;
  optagelse_js_publish_widgets(json.c_str());
}

void PublishMouseCursor(int imgui_cursor) {
  static int last = -2;
  if (imgui_cursor == last) return;
  last = imgui_cursor;
  const char* css = "default";
  switch (imgui_cursor) {
    case ImGuiMouseCursor_None: css = "none"; break;
    case ImGuiMouseCursor_TextInput: css = "text"; break;
    case ImGuiMouseCursor_Hand: css = "pointer"; break;
    case ImGuiMouseCursor_ResizeEW: css = "ew-resize"; break;
    case ImGuiMouseCursor_ResizeNS: css = "ns-resize"; break;
    case ImGuiMouseCursor_NotAllowed: css = "not-allowed"; break;
    default: break;
  }
  optagelse_js_set_cursor(css);
}

void PublishReady() { optagelse_js_ready(); }

void InstallClipboard() {
  ImGuiIO& io = ImGui::GetIO();
  io.GetClipboardTextFn = GetClipboard;
  io.SetClipboardTextFn = SetClipboard;
}

void ReceivePastedText(const char* utf8) { ClipboardText() = utf8; }

std::optional<ChosenFile>& FileInbox() {
  static std::optional<ChosenFile> file;
  return file;
}

void ChooseFile(const char* accept) { optagelse_js_choose_file(accept); }

std::optional<ChosenFile> TakeChosenFile() {
  std::optional<ChosenFile> file = std::move(FileInbox());
  FileInbox().reset();
  return file;
}

void Download(const std::string& url) { optagelse_js_download(url.c_str()); }

unsigned PageInputEvents() { return optagelse_js_input_events(); }

void PublishFrameDrawn() { optagelse_js_frame_drawn(); }

float& PendingTouchScroll() {
  static float pixels = 0;
  return pixels;
}

float TakeTouchScroll() { return std::exchange(PendingTouchScroll(), 0.0f); }

}  // namespace optagelse::web

extern "C" {
// Text typed into a mirrored text field: typing, the on-screen keyboard, IME, a paste without Ctrl+V.
EMSCRIPTEN_KEEPALIVE void optagelse_text_input(const char* utf8) {
  optagelse::web::TheInputQueue().PushText(utf8);
  optagelse::web::WakeApp();
}
// A touch on the canvas, in canvas pixels (phase: 0 start, 1 move, 2 end or cancel).
EMSCRIPTEN_KEEPALIVE void optagelse_touch(int phase, float x, float y) {
  using Phase = optagelse::web::InputQueue::TouchPhase;
  const Phase p = phase == 0 ? Phase::kStart : phase == 1 ? Phase::kMove : Phase::kEnd;
  optagelse::web::TheInputQueue().PushTouch(p, x, y);
  optagelse::web::WakeApp();
}
// The bytes of a file the user picked (see ChooseFile).
EMSCRIPTEN_KEEPALIVE void optagelse_file_chosen(const char* data, int size, const char* name) {
  optagelse::web::FileInbox() = optagelse::web::ChosenFile{name, std::string(data, static_cast<std::size_t>(size))};
  optagelse::web::WakeApp();
}
// An on-screen keyboard deleted backwards (0) or forwards (1) without a keydown the app could read.
EMSCRIPTEN_KEEPALIVE void optagelse_edit_key(int which) {
  optagelse::web::TheInputQueue().PushKeyTap(which == 0 ? GLFW_KEY_BACKSPACE : GLFW_KEY_DELETE);
  optagelse::web::WakeApp();
}
// A finger, the mouse wheel or a touchpad scrolling the page by this many CSS pixels (see
// TakeTouchScroll).
EMSCRIPTEN_KEEPALIVE void optagelse_touch_scroll(float css_pixels) {
  optagelse::web::PendingTouchScroll() += css_pixels;
  optagelse::web::WakeApp();
}
// A paste event's text, stored before ImGui handles Ctrl+V in the next frame.
EMSCRIPTEN_KEEPALIVE void optagelse_clipboard_pasted(const char* utf8) {
  optagelse::web::ReceivePastedText(utf8);
  optagelse::web::WakeApp();
}
}
