// The header line and the footer: see page_frame.h.
#include "screens/page_frame.h"

#include <imgui.h>

#include "api_client.h"
#include "ui/ui_text.h"
#include "ui/widgets.h"

namespace optagelse::web {

void FetchServiceInfo(AppState& state) {
  ApiGet("/api/v1/service", [&state](const ApiResponse& response) {
    state.service_settled = true;
    if (response.status != 200) return;
    if (auto info = wire::DecodeAnswerText<wire::ServiceInfo>(response.body)) state.service = std::move(*info);
  });
}

void DrawServiceLine(AppState& state) {
  if (!state.service) return;
  const Language lang = state.language;
  ui::Paragraph(state.widgets, "app.operator", std::string(Say(lang, "Drives af ", "Run by ")) + state.service->operator_name);
  if (state.service->demo) {
    ui::Status(state.widgets, "app.demo",
               Say(lang, "Demo: alle kan logge ind som alle, og personerne er opdigtede.",
                   "Demo: anyone can log in as anyone, and the people are made up."),
               ui::StatusKind::kInfo);
  }
}

void DrawFooter(AppState& state) {
  const Language lang = state.language;
  ImGui::Spacing();
  ImGui::Separator();
  struct Link {
    const char* id;
    Screen screen;
    std::string_view label;
  };
  const Link links[] = {
      {"footer.privacy", Screen::kPrivacy, Say(lang, "Privatliv", "Privacy")},
      {"footer.accessibility", Screen::kAccessibility, Say(lang, "Tilgængelighed", "Accessibility")},
      {"footer.help", Screen::kHelp, Say(lang, "Hjælp og kontakt", "Help and contact")},
      {"footer.about", Screen::kAbout, Say(lang, "Om tjenesten", "About the service")},
  };
  for (const Link& link : links) {
    if (&link != &links[0]) ui::SameLineIfFits(link.label);
    if (ui::Button(state.widgets, link.id, link.label)) {
      state.screen = link.screen;
      ImGui::SetScrollY(0);
    }
  }
}

}  // namespace optagelse::web
