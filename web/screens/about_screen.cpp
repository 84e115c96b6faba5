// The operators' page: see about_screen.h.
#include "screens/about_screen.h"

#include <imgui.h>

#include "calendar/date_text.h"

#include "api_client.h"
#include "core/messages.h"
#include "cpr/cpr_number.h"
#include "ui/ui_text.h"
#include "ui/widgets.h"
#include "wire/health_wire.h"
#include "wire/problem_wire.h"

namespace optagelse::web {
namespace {

std::string Replace(std::string text, std::string_view key, std::string_view value) {
  if (const auto at = text.find(key); at != std::string::npos) text.replace(at, key.size(), value);
  return text;
}

// The text shown for a health answer, or for the problem that kept it from arriving.
std::string DescribeHealth(const ApiResponse& response, Language language) {
  if (response.status == 0) return std::string(Text(TextId::kServerUnreachable, language)) + ".";
  auto json = wire::ParseJson(response.body);
  if (!json) return std::string(Text(TextId::kServerUnreachable, language)) + ": " + MessageFor(json.error(), language);
  auto report = wire::HealthFromJson(*json);
  if (!report) return std::string(Text(TextId::kServerUnreachable, language)) + ": " + MessageFor(report.error(), language);
  std::string text(Text(TextId::kServerAnswered, language));
  text = Replace(text, "{version}", report->version);
  text = Replace(text, "{status}", report->database_status);
  text = Replace(text, "{schema}", std::to_string(report->schema_version));
  text = Replace(text, "{persons}", std::to_string(report->persons));
  return Replace(text, "{institutions}", std::to_string(report->institutions));
}

void DrawConnection(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "health.heading", Text(TextId::kServerHeading, lang));
  if (ui::Button(state.widgets, "health.check", Text(TextId::kCheckConnection, lang))) {
    state.connection = ConnectionState::kChecking;
    ApiGet("/api/v1/health", [&state](const ApiResponse& response) {
      state.health_answer = response;
      state.connection = response.status == 200 ? ConnectionState::kAnswered : ConnectionState::kFailed;
    });
  }
  switch (state.connection) {
    case ConnectionState::kNotChecked:
      ui::Status(state.widgets, "health.result", Text(TextId::kNotCheckedYet, lang), ui::StatusKind::kInfo);
      break;
    case ConnectionState::kChecking:
      ui::Status(state.widgets, "health.result", Text(TextId::kChecking, lang), ui::StatusKind::kInfo);
      break;
    case ConnectionState::kAnswered:
    case ConnectionState::kFailed:
      ui::Status(state.widgets, "health.result", DescribeHealth(state.health_answer, lang),
                 state.connection == ConnectionState::kFailed ? ui::StatusKind::kError : ui::StatusKind::kSuccess);
      break;
  }
}

// One line describing the core's verdict on what the user typed.
std::string DescribeCpr(const cpr::CprCheck& check, Language lang) {
  std::string text;
  switch (check.status) {
    case cpr::CprStatus::kValidFormat: text = Text(TextId::kCprValid, lang); break;
    case cpr::CprStatus::kFictitious: text = Text(TextId::kCprFictitious, lang); break;
    case cpr::CprStatus::kMalformed: text = Text(TextId::kCprMalformed, lang); break;
  }
  if (check.birth_date) text += std::string(", ") + std::string(Text(TextId::kBornOn, lang)) + " " + FormatLongDate(*check.birth_date, lang);
  if (check.sex) text += ", " + std::string(Text(check.sex == cpr::Sex::kMale ? TextId::kMale : TextId::kFemale, lang));
  if (check.reason) text += ". " + MessageFor(*check.reason, lang);
  if (check.warning) text += ". " + MessageFor(*check.warning, lang);
  return text;
}

void DrawCprCheck(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "cpr.heading", Text(TextId::kCprHeading, lang));
  ui::Paragraph(state.widgets, "cpr.hint", Text(TextId::kCprHint, lang));
  ui::TextField(state.widgets, "cpr.input", Text(TextId::kCprLabel, lang), state.cpr_input, KeyboardKind::kNumeric,
                state.text_focus);
  if (!state.cpr_input.empty()) {
    const cpr::CprCheck check = cpr::CheckCpr(state.cpr_input);
    const ui::StatusKind kind = check.status != cpr::CprStatus::kValidFormat ? ui::StatusKind::kError
                                : check.warning                              ? ui::StatusKind::kWarning
                                                                             : ui::StatusKind::kSuccess;
    ui::Status(state.widgets, "cpr.result", DescribeCpr(check, lang), kind);
  }
}

void DrawNotes(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "notes.heading", Text(TextId::kNotesHeading, lang));
  ui::Paragraph(state.widgets, "notes.hint", Text(TextId::kNotesHint, lang));
  ui::TextField(state.widgets, "notes.input", Text(TextId::kNotesLabel, lang), state.notes, KeyboardKind::kText,
                state.text_focus);
}

}  // namespace

void DrawAboutScreen(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "about.heading", Say(lang, "Om tjenesten", "About the service"));
  ui::Paragraph(state.widgets, "app.subtitle", Text(TextId::kAppSubtitle, lang));
  if (state.service) {
    ui::Paragraph(state.widgets, "about.operator",
                  std::string(Say(lang, "Tjenesten drives af ", "The service is run by ")) + state.service->operator_name + ". " +
                      std::string(Say(lang, "Den er bygget på Optagelse, fri software, som alle kan drive selv.",
                                      "It is built on Optagelse, free software anyone can run.")));
  }
  ImGui::Separator();
  DrawConnection(state);
  ImGui::Separator();
  DrawCprCheck(state);
  ImGui::Separator();
  DrawNotes(state);
}

}  // namespace optagelse::web
