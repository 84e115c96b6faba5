// Keeps every key press and typed character, in order. Dear ImGui 1.86 (Debian's) reads keys as
// "down this frame" flags, so a key pressed and released between two frames - a fast typist, an
// on-screen keyboard, a test - would be lost, and text could overtake the keys typed before it.
// This queue hands ImGui at most one change per key per frame, and text only after the keys that
// came before it have had their frame. Touches come here too: Emscripten 3.1.6's GLFW presses
// the mouse button on touchstart without moving the cursor, so the page routes touches to us.
#pragma once

#include <deque>
#include <string>

struct GLFWwindow;

namespace optagelse::web {

class InputQueue {
 public:
  // Takes over GLFW's key callback (install after ImGui_ImplGlfw_InitForOpenGL).
  void Install(GLFWwindow* window);
  void PushText(std::string utf8);
  // A key pressed and released (a GLFW key code), for keys the page learns of only as an edit: an
  // on-screen keyboard's Backspace arrives as an "input" event with no usable keydown.
  void PushKeyTap(int glfw_key);
  enum class TouchPhase { kStart = 0, kMove = 1, kEnd = 2 };
  // A touch at canvas pixel (x, y).
  void PushTouch(TouchPhase phase, float x, float y);
  // Applies what may be applied this frame; call once per frame before ImGui_ImplGlfw_NewFrame.
  void ApplyForFrame();
  // Puts the touch position and contact into ImGui's mouse; call after ImGui_ImplGlfw_NewFrame.
  void OverrideMouseWithTouch() const;
  // Whether events are still waiting for a frame (the app must keep drawing until they are in).
  bool HasPending() const { return !events_.empty(); }

 private:
  struct Event {
    enum class Kind { kKey, kText, kTouch } kind;
    int key = 0, scancode = 0, action = 0, mods = 0;
    std::string text;
    TouchPhase phase = TouchPhase::kStart;
    float x = 0, y = 0;
  };
  struct Touch {
    bool overriding = false;  // ImGui's mouse follows the touch this frame
    bool down = false;
    float x = 0, y = 0;
  };
  // Applies one touch event; false when it must wait for the next frame.
  bool ApplyTouch(const Event& event, bool& contact_changed);
  static void KeyCallback(GLFWwindow* window, int key, int scancode, int action, int mods);

  GLFWwindow* window_ = nullptr;
  std::deque<Event> events_;
  Touch touch_;
};

// The app's one queue (the GLFW callback and the page's text events need to reach it).
InputQueue& TheInputQueue();

}  // namespace optagelse::web
