// Ordered keyboard and text input for ImGui 1.86: see input_queue.h.
#include "platform/input_queue.h"

#include <set>

#include <GLFW/glfw3.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>

namespace optagelse::web {
namespace {

bool IsModifier(int key) {
  return key == GLFW_KEY_LEFT_CONTROL || key == GLFW_KEY_RIGHT_CONTROL || key == GLFW_KEY_LEFT_SHIFT ||
         key == GLFW_KEY_RIGHT_SHIFT || key == GLFW_KEY_LEFT_ALT || key == GLFW_KEY_RIGHT_ALT ||
         key == GLFW_KEY_LEFT_SUPER || key == GLFW_KEY_RIGHT_SUPER;
}

}  // namespace

InputQueue& TheInputQueue() {
  static InputQueue queue;
  return queue;
}

void InputQueue::Install(GLFWwindow* window) {
  window_ = window;
  glfwSetKeyCallback(window, KeyCallback);
}

void InputQueue::KeyCallback(GLFWwindow*, int key, int scancode, int action, int mods) {
  if (action == GLFW_REPEAT) return;  // ImGui makes its own repeats from how long a key is down
  TheInputQueue().events_.push_back(Event{Event::Kind::kKey, key, scancode, action, mods, {}});
}

void InputQueue::PushText(std::string utf8) {
  events_.push_back(Event{Event::Kind::kText, 0, 0, 0, 0, std::move(utf8)});
}

void InputQueue::PushKeyTap(int glfw_key) {
  events_.push_back(Event{Event::Kind::kKey, glfw_key, 0, GLFW_PRESS, 0, {}});
  events_.push_back(Event{Event::Kind::kKey, glfw_key, 0, GLFW_RELEASE, 0, {}});
}

void InputQueue::PushTouch(TouchPhase phase, float x, float y) {
  events_.push_back(Event{Event::Kind::kTouch, 0, 0, 0, 0, {}, phase, x, y});
}

bool InputQueue::ApplyTouch(const Event& event, bool& contact_changed) {
  if (event.phase != TouchPhase::kMove) {
    if (contact_changed) return false;  // a press and its release need a frame each
    contact_changed = true;
    touch_.down = event.phase == TouchPhase::kStart;
  }
  touch_.overriding = true;
  touch_.x = event.x;
  touch_.y = event.y;
  return true;
}

void InputQueue::OverrideMouseWithTouch() const {
  if (!touch_.overriding) return;
  ImGuiIO& io = ImGui::GetIO();
  io.MousePos = ImVec2(touch_.x, touch_.y);
  io.MouseDown[0] = touch_.down;
}

void InputQueue::ApplyForFrame() {
  std::set<int> changed_keys;
  bool key_pressed = false;      // a non-modifier key went down this frame
  bool contact_changed = false;  // a touch began or ended this frame
  // After a touch ends, ImGui sees the release for one frame, then the mouse is GLFW's again.
  if (!touch_.down) touch_.overriding = false;
  while (!events_.empty()) {
    const Event& event = events_.front();
    if (event.kind == Event::Kind::kTouch) {
      if (!ApplyTouch(event, contact_changed)) break;
    } else if (event.kind == Event::Kind::kKey) {
      if (changed_keys.contains(event.key)) break;  // its second change waits for the next frame
      changed_keys.insert(event.key);
      if (event.action == GLFW_PRESS && !IsModifier(event.key)) key_pressed = true;
      ImGui_ImplGlfw_KeyCallback(window_, event.key, event.scancode, event.action, event.mods);
    } else {
      if (key_pressed) break;  // ImGui reads text before keys within a frame: keep the typed order
      ImGui::GetIO().AddInputCharactersUTF8(event.text.c_str());
    }
    events_.pop_front();
  }
}

}  // namespace optagelse::web
