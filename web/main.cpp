// The browser app's entry point: GLFW window on the page's canvas (WebGL2), Dear ImGui, and the
// frame loop that draws the current screen and publishes widgets and text focus to the page.
#include <algorithm>

#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include "app_state.h"
#include "platform/assistive_requests.h"
#include "platform/browser_bridge.h"
#include "platform/display_scale.h"
#include "platform/frame_pacer.h"
#include "platform/input_queue.h"
#include "screens/allocation_screen.h"
#include "screens/apply_screen.h"
#include "screens/about_screen.h"
#include "screens/home_screen.h"
#include "screens/page_frame.h"
#include "screens/public_pages.h"
#include "screens/inbox_screen.h"
#include "screens/navigation.h"
#include "screens/school_screen.h"
#include "screens/session_requests.h"
#include "screens/upv_screen.h"
#include "screens/version_check.h"
#include "what_if/scenario_storage.h"

namespace {

using optagelse::web::AppState;

struct App {
  GLFWwindow* window = nullptr;
  optagelse::web::DisplayScale scale;
  optagelse::web::FramePacer pacer;
  AppState state;
  bool announced_ready = false;
};

void DrawFrame(App& app) {
  ImGuiIO& io = ImGui::GetIO();
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  constexpr ImGuiWindowFlags kRootFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
  ImGui::Begin("Optagelse", nullptr, kRootFlags);
  // A finger dragging the page, or the mouse wheel, scrolls it (the page turns either into CSS pixels).
  if (const float scroll = optagelse::web::TakeTouchScroll(); scroll != 0) {
    ImGui::SetScrollY(ImGui::GetScrollY() + scroll * app.scale.pixel_ratio());
  }
  // Keep the content readable on wide screens: a centred column of at most 48 em.
  const float column = std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 48.0f);
  const float margin = (ImGui::GetContentRegionAvail().x - column) * 0.5f;
  if (margin > 0) ImGui::Indent(margin);
  ImGui::PushItemWidth(column);
  ImGui::BeginGroup();
  optagelse::web::DrawNavigation(app.state);
  optagelse::web::DrawReloadNotice(app.state);
  using optagelse::web::Screen;
  if (app.state.screen == Screen::kHome) {
    optagelse::web::DrawHomeScreen(app.state);
  } else if (app.state.screen == Screen::kAbout) {
    optagelse::web::DrawAboutScreen(app.state);
  } else if (app.state.screen == Screen::kPrivacy) {
    optagelse::web::DrawPrivacyScreen(app.state);
  } else if (app.state.screen == Screen::kAccessibility) {
    optagelse::web::DrawAccessibilityScreen(app.state);
  } else if (app.state.screen == Screen::kHelp) {
    optagelse::web::DrawHelpScreen(app.state);
  } else if (app.state.screen == optagelse::web::Screen::kSchool) {
    optagelse::web::DrawSchoolScreen(app.state);
  } else if (app.state.screen == optagelse::web::Screen::kApply) {
    optagelse::web::DrawApplyScreen(app.state);
  } else if (app.state.screen == optagelse::web::Screen::kInbox) {
    optagelse::web::DrawInboxScreen(app.state);
  } else if (app.state.screen == optagelse::web::Screen::kUpv) {
    optagelse::web::DrawUpvScreen(app.state);
  } else {
    optagelse::web::DrawAllocationScreen(app.state);
  }
  optagelse::web::DrawFooter(app.state);
  ImGui::EndGroup();
  ImGui::PopItemWidth();
  if (margin > 0) ImGui::Unindent(margin);
  ImGui::End();
}

void Frame(void* user_data) {
  App& app = *static_cast<App*>(user_data);
  // Nothing changed since the last drawn frame: sleep through this one (no ImGui, no GL work).
  if (!app.pacer.ShouldDraw(emscripten_get_now(), optagelse::web::PageInputEvents(),
                            optagelse::web::TheInputQueue().HasPending(), app.state.text_focus.active)) {
    return;
  }
  glfwPollEvents();
  optagelse::web::TheInputQueue().ApplyForFrame();
  app.scale.Update(app.window);
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplGlfw_NewFrame();
  optagelse::web::TheInputQueue().OverrideMouseWithTouch();
  ImGui::NewFrame();
  app.state.widgets.BeginFrame(app.scale.pixel_ratio(), optagelse::web::TakeAssistiveRequests());
  app.state.text_focus = {};
  DrawFrame(app);
  ImGui::Render();

  int width = 0, height = 0;
  glfwGetFramebufferSize(app.window, &width, &height);
  glViewport(0, 0, width, height);
  glClearColor(1.0f, 1.0f, 1.0f, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

  optagelse::web::PublishTextFieldFocus(app.state.text_focus);
  optagelse::web::PublishMouseCursor(ImGui::GetMouseCursor());
  optagelse::web::PublishFrameDrawn();
  optagelse::web::PublishWidgets(app.state.widgets.ToJson(LanguageTag(app.state.language)));
  // Ready once the header has its final height (who runs the service is a line of it), so nothing
  // moves under the first click.
  if (!app.announced_ready && app.state.service_settled) {
    app.announced_ready = true;
    optagelse::web::PublishReady();
  }
}

}  // namespace

int main() {
  if (!glfwInit()) return 1;
  glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
  glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
  static App app;
  app.window = glfwCreateWindow(1280, 800, "Optagelse", nullptr, nullptr);
  if (!app.window) return 1;
  glfwMakeContextCurrent(app.window);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // nothing about the user is stored in the browser
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  // The GLFW backend would set the cursor through glfwSetInputMode, which in the browser means
  // pointer-lock calls every frame; the page sets the CSS cursor instead (PublishMouseCursor).
  io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
  ImGui_ImplGlfw_InitForOpenGL(app.window, true);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  optagelse::web::InstallClipboard();
  optagelse::web::TheInputQueue().Install(app.window);
  // The rule sets travel inside the WebAssembly file: the what-if panel needs no network.
  if (auto rules = optagelse::wire::RuleCatalog::FromEmbedded()) app.state.rules = std::move(*rules);
  optagelse::web::LoadScenario(app.state.upv.what_if);
  // One login for the whole app: how people log in here, and who already is (a reload, a sign-in's return).
  optagelse::web::SessionStart(app.state);
  optagelse::web::CheckServerProtocol(app.state);
  optagelse::web::FetchServiceInfo(app.state);

  emscripten_set_main_loop_arg(Frame, &app, 0, true);
  return 0;
}
