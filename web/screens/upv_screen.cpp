// The UPV screen: see upv_screen.h.
#include "screens/upv_screen.h"

#include <imgui.h>

#include "api_errors.h"
#include "screens/my_upv_view.h"
#include "screens/what_if_panel.h"
#include "ui/ui_text.h"
#include "ui/widgets.h"
#include "upv/reason_text.h"
#include "wire/upv_wire.h"

namespace optagelse::web {
namespace {

// A blank sheet for a grade level: the subjects the rules name, without grades yet.
upv::UpvInput BlankInput(int grade_level) {
  upv::UpvInput input;
  input.grade_level = grade_level;
  input.standpunkt = {{"dansk", {}}, {"matematik", {}}, {"engelsk", {}}};
  return input;
}

UpvPupilRow RowFromJson(const wire::Json& item, Language language) {
  UpvPupilRow row;
  row.id = item["id"].is_number_integer() ? item["id"].get<std::int64_t>() : 0;
  row.name = item["name"].is_string() ? item["name"].get<std::string>() : "";
  row.class_name = item["class"].is_string() ? item["class"].get<std::string>() : "";
  row.grade = item["grade"].is_number_integer() ? item["grade"].get<int>() : 0;
  const wire::Json& blocked = item["blocked"];
  if (blocked.is_object() && blocked["problems"].is_array()) {
    // The reasons in the user's language, as the server wrote them (from the core's message table).
    const char* tag = language == Language::kDanish ? "da" : "en";
    for (const wire::Json& problem : blocked["problems"]) {
      const wire::Json& message = problem["message"][tag];
      if (message.is_string()) row.blocked_reason += (row.blocked_reason.empty() ? "" : " ") + message.get<std::string>();
    }
    if (row.blocked_reason.empty()) row.blocked_reason = "-";
  }
  const wire::Json& conflict = item["conflict"];
  if (conflict.is_object() && conflict["held"] == false) {
    const wire::Json& message = conflict["problem"]["message"][language == Language::kDanish ? "da" : "en"];
    if (message.is_string()) row.conflict_note = message.get<std::string>();
  }
  const wire::Json& upv = item["upv"];
  if (upv.is_object() && upv["ready"].is_object()) {
    row.assessed = true;
    row.provisional = upv["provisional"].is_boolean() && upv["provisional"].get<bool>();
    for (const upv::Track track : upv::kAllTracks) {
      const wire::Json& ready = upv["ready"][std::string(upv::TrackName(track))];
      row.ready[static_cast<int>(track)] = ready.is_boolean() && ready.get<bool>();
    }
  }
  return row;
}

void LoadClassList(AppState& state) {
  state.upv.loaded = true;
  ApiGet("/api/v1/schools/" + state.school.organisation + "/upv", [&state](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    if (response.status != 200 || !json || !(*json)["pupils"].is_array()) {
      state.upv.message = DescribeApiErrors(response, state.language);
      return;
    }
    state.upv.message.clear();
    state.upv.pupils.clear();
    for (const wire::Json& item : (*json)["pupils"]) state.upv.pupils.push_back(RowFromJson(item, state.language));
  });
}

void OpenPupil(AppState& state, const UpvPupilRow& row) {
  const std::string label = row.class_name + ", " + (state.language == Language::kDanish ? "elev " : "pupil ") + std::to_string(row.id);
  const std::string path = "/api/v1/schools/" + state.school.organisation + "/pupils/" + std::to_string(row.id) + "/upv";
  ApiGet(path, [&state, id = row.id, grade = row.grade, label](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    if (response.status != 200 || !json) {
      state.upv.message = DescribeApiErrors(response, state.language);
      return;
    }
    const wire::Json& year = (*json)["admission_year"];
    int admission_year = year.is_number_integer() ? year.get<int>() : 2023;
    upv::UpvInput base = BlankInput(grade);
    const wire::Json& current = (*json)["current"];
    if (current.is_object()) {
      if (auto input = wire::UpvInputFromJson(current["input"])) base = std::move(*input);
      if (current["admission_year"].is_number_integer()) admission_year = current["admission_year"].get<int>();
    }
    OpenWhatIf(state, id, label, base, admission_year);
  });
}

void DrawReadyCell(AppState& state, const UpvPupilRow& row, upv::Track track) {
  const Language lang = state.language;
  const std::string id = "upv.row." + std::to_string(row.id) + "." + std::string(upv::TrackName(track));
  if (!row.blocked_reason.empty()) return ui::Status(state.widgets, id, Text(TextId::kUpvBlocked, lang), ui::StatusKind::kError);
  if (!row.assessed) return ui::Status(state.widgets, id, Text(TextId::kUpvNotAssessed, lang), ui::StatusKind::kInfo);
  const bool ready = row.ready[static_cast<int>(track)];
  std::string text(Text(ready ? TextId::kUpvReady : TextId::kUpvNotReady, lang));
  if (row.provisional) text += " (" + std::string(Text(TextId::kUpvProvisional, lang)) + ")";
  ui::Status(state.widgets, id, text, ready ? ui::StatusKind::kSuccess : ui::StatusKind::kWarning);
}

void DrawClassList(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "upv.class_list", Text(TextId::kUpvClassList, lang));
  if (ui::Button(state.widgets, "upv.load", Text(TextId::kUpvLoadList, lang))) LoadClassList(state);
  if (!state.upv.message.empty()) ui::Status(state.widgets, "upv.message", state.upv.message, ui::StatusKind::kError);
  if (state.upv.pupils.empty()) return ui::Paragraph(state.widgets, "upv.no_pupils", Text(TextId::kUpvNoPupils, lang));
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("upv_pupils", 6, kFlags, ImVec2(ImGui::CalcItemWidth(), 0))) return;
  ImGui::TableSetupColumn(std::string(Text(TextId::kColumnName, lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn(std::string(Text(TextId::kColumnClass, lang)).c_str(), ImGuiTableColumnFlags_WidthStretch, 0.7f);
  for (const char* track : {"EUD", "HF", "STX/HHX/HTX"}) ImGui::TableSetupColumn(track, ImGuiTableColumnFlags_WidthStretch, 1.3f);
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthStretch, 0.8f);
  ImGui::TableHeadersRow();
  const UpvPupilRow* opened = nullptr;
  for (const UpvPupilRow& row : state.upv.pupils) {
    const std::string key = std::to_string(row.id);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ui::Paragraph(state.widgets, "upv.row." + key + ".name", row.name);
    ImGui::TableNextColumn();
    ui::Paragraph(state.widgets, "upv.row." + key + ".class", row.class_name);
    for (const upv::Track track : upv::kAllTracks) {
      ImGui::TableNextColumn();
      DrawReadyCell(state, row, track);
    }
    ImGui::TableNextColumn();
    if (row.blocked_reason.empty() &&
        ui::IconButton(state.widgets, "upv.row." + key + ".open", Text(TextId::kUpvOpen, lang),
                       std::string(Text(TextId::kUpvOpen, lang)) + ": " + row.name)) {
      opened = &row;
    }
  }
  ImGui::EndTable();
  // Why a pupil is blocked needs more room than a cell: one line per blocked pupil below the list.
  for (const UpvPupilRow& row : state.upv.pupils) {
    if (row.blocked_reason.empty()) continue;
    ui::Status(state.widgets, "upv.row." + std::to_string(row.id) + ".blocked",
               row.name + " (" + std::string(Text(TextId::kUpvBlocked, lang)) + "): " + row.blocked_reason, ui::StatusKind::kError);
  }
  for (const UpvPupilRow& row : state.upv.pupils) {
    if (row.conflict_note.empty()) continue;
    ui::Status(state.widgets, "upv.row." + std::to_string(row.id) + ".conflict", row.name + ": " + row.conflict_note,
               ui::StatusKind::kWarning);
  }
  if (opened != nullptr) OpenPupil(state, *opened);
}

}  // namespace

void DrawUpvScreen(AppState& state) {
  const Language lang = state.language;
  ui::Heading(state.widgets, "upv.heading", Text(TextId::kUpvHeading, lang));
  if (state.school.organisation.empty()) {
    ui::Paragraph(state.widgets, "upv.login_first", Text(TextId::kUpvLoginFirst, lang));
    DrawMyUpvView(state);
  } else {
    if (!state.upv.loaded) LoadClassList(state);
    DrawClassList(state);
  }
  ImGui::Separator();
  if (!state.upv.what_if.open) {
    if (ui::Button(state.widgets, "upv.new_scenario", Text(TextId::kUpvNewScenario, lang))) {
      // A blank scenario starts with the newest rules the app carries - the current admission year's
      // (2027: admission requirements, no UPV); the panel can pick any year.
      const int year = state.rules ? state.rules->Years().back() : 2027;
      OpenWhatIf(state, std::nullopt, "", BlankInput(9), year);
    }
    return;
  }
  DrawWhatIfPanel(state);
}

}  // namespace optagelse::web
