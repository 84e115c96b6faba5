// Navigation bar: see navigation.h.
#include "screens/navigation.h"

#include <imgui.h>

#include "ui/ui_text.h"
#include "ui/widgets.h"

namespace optagelse::web {

void DrawNavigation(AppState& state) {
  const float left = ImGui::GetCursorPosX();
  ui::Heading(state.widgets, "app.title", Text(TextId::kAppTitle, state.language));
  const std::string_view switch_label = Text(TextId::kSwitchLanguage, state.language);
  const float button_width = ImGui::CalcTextSize(switch_label.data(), switch_label.data() + switch_label.size()).x +
                             ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine();
  ImGui::SetCursorPosX(left + ImGui::CalcItemWidth() - button_width);
  if (ui::Button(state.widgets, "app.language", switch_label)) {
    state.language = state.language == Language::kDanish ? Language::kEnglish : Language::kDanish;
  }
  if (ui::Choice(state.widgets, "nav.home", Text(TextId::kNavHome, state.language), state.screen == Screen::kHome)) {
    state.screen = Screen::kHome;
  }
  ImGui::SameLine();
  if (ui::Choice(state.widgets, "nav.school", Text(TextId::kNavSchool, state.language), state.screen == Screen::kSchool)) {
    state.screen = Screen::kSchool;
  }
  ImGui::SameLine();
  if (ui::Choice(state.widgets, "nav.apply", state.language == Language::kDanish ? "Ansøgning" : "Application",
                 state.screen == Screen::kApply)) {
    state.screen = Screen::kApply;
  }
  ImGui::SameLine();
  if (ui::Choice(state.widgets, "nav.inbox", state.language == Language::kDanish ? "Indbakke" : "Inbox", state.screen == Screen::kInbox)) {
    state.screen = Screen::kInbox;
  }
  ImGui::SameLine();
  if (ui::Choice(state.widgets, "nav.upv", Text(TextId::kNavUpv, state.language), state.screen == Screen::kUpv)) {
    state.screen = Screen::kUpv;
  }
  ImGui::SameLine();
  if (ui::Choice(state.widgets, "nav.allocation", Text(TextId::kNavAllocation, state.language), state.screen == Screen::kAllocation)) {
    state.screen = Screen::kAllocation;
  }
  ImGui::Separator();
}

}  // namespace optagelse::web
