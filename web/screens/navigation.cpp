// Navigation bar: see navigation.h.
#include "screens/navigation.h"

#include <imgui.h>

#include "api_client.h"
#include "screens/login_panel.h"
#include "screens/page_frame.h"
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
    ApiSetLanguage(std::string(LanguageTag(state.language)));
  }
  DrawServiceLine(state);
  struct Tab {
    const char* id;
    Screen screen;
    std::string_view label;
  };
  const Language lang = state.language;
  const Tab tabs[] = {
      {"nav.home", Screen::kHome, Text(TextId::kNavHome, lang)},
      {"nav.school", Screen::kSchool, Text(TextId::kNavSchool, lang)},
      {"nav.apply", Screen::kApply, lang == Language::kDanish ? "Ansøgning" : "Application"},
      {"nav.inbox", Screen::kInbox, lang == Language::kDanish ? "Indbakke" : "Inbox"},
      {"nav.upv", Screen::kUpv, Text(TextId::kNavUpv, lang)},
      {"nav.allocation", Screen::kAllocation, Text(TextId::kNavAllocation, lang)},
  };
  for (const Tab& tab : tabs) {
    // On a narrow screen the row wraps instead of running off the edge.
    if (&tab != &tabs[0]) ui::SameLineIfFits(tab.label, state.screen == tab.screen);
    if (ui::Choice(state.widgets, tab.id, tab.label, state.screen == tab.screen)) state.screen = tab.screen;
  }
  DrawSessionBar(state);
  ImGui::Separator();
}

}  // namespace optagelse::web
