// The school's pupil report screen: see school_screen.h. Filters apply to the list already
// fetched, so they answer at once; every change on the server fetches the list again.
#include "screens/school_screen.h"

#include <imgui.h>

#include "api_errors.h"
#include "core/messages.h"
#include "cpr/cpr_number.h"
#include "screens/login_panel.h"
#include "screens/apply_requests.h"
#include "screens/my_messages_view.h"
#include "ui/ui_text.h"
#include "ui/widgets.h"
#include "wire/message_wire.h"
#include "wire/pupil_wire.h"

namespace optagelse::web {
namespace {

constexpr float kFixFieldEm = 7.5f;  // room for "DDMMYY-SSSS"

std::string SchoolPath(const SchoolState& school, std::string_view rest) {
  return "/api/v1/schools/" + school.organisation + std::string(rest);
}

void ShowOutcome(SchoolState& school, std::string message, bool is_error) {
  school.message = std::move(message);
  school.message_is_error = is_error;
  school.busy = false;
}

void RefreshPupils(AppState& state) {
  ApiGet(SchoolPath(state.school, "/pupils"), [&state](const ApiResponse& response) {
    SchoolState& school = state.school;
    auto json = wire::ParseJson(response.body);
    if (response.status != 200 || !json || !json->contains("pupils")) {
      return ShowOutcome(school, DescribeApiErrors(response, state.language), true);
    }
    school.pupils.clear();
    for (const wire::Json& item : (*json)["pupils"]) {
      if (auto record = wire::PupilRecordFromJson(item)) school.pupils.push_back(std::move(*record));
    }
  });
}

void Upload(AppState& state, const ChosenFile& file) {
  SchoolState& school = state.school;
  school.busy = true;
  school.message = Text(TextId::kUploading, state.language);
  const bool json = file.name.size() >= 5 && file.name.substr(file.name.size() - 5) == ".json";
  ApiRequest request{"POST", SchoolPath(school, "/pupil-reports"), file.bytes, json ? "application/json" : "text/csv",
                     school.csrf_token};
  ApiSend(request, [&state](const ApiResponse& response) {
    auto answer = wire::ParseJson(response.body);
    if (response.status != 200 || !answer) {
      return ShowOutcome(state.school, std::string(Text(TextId::kUploadFailed, state.language)) + ". " +
                                           DescribeApiErrors(response, state.language), true);
    }
    std::string text(Text(TextId::kUploadResult, state.language));
    for (const char* key : {"accepted", "filtered", "rejected"}) {
      const std::string placeholder = std::string("{") + key + "}";
      text.replace(text.find(placeholder), placeholder.size(), std::to_string((*answer)[key].get<int>()));
    }
    ShowOutcome(state.school, text, false);
    RefreshPupils(state);
  });
}

void CorrectCpr(AppState& state, std::int64_t id, const std::string& cpr) {
  const std::string body = wire::Dump(wire::Json{{"cpr", cpr}});
  ApiRequest request{"PUT", SchoolPath(state.school, "/pupils/" + std::to_string(id) + "/cpr"), body, "application/json",
                     state.school.csrf_token};
  ApiSend(request, [&state, id](const ApiResponse& response) {
    if (response.status != 200) return ShowOutcome(state.school, DescribeApiErrors(response, state.language), true);
    state.school.cpr_fixes.erase(id);
    ShowOutcome(state.school, "", false);
    RefreshPupils(state);
  });
}

std::string_view StatusText(pupils::RowOutcome status, Language lang) {
  switch (status) {
    case pupils::RowOutcome::kAccepted: return Text(TextId::kStatusAccepted, lang);
    case pupils::RowOutcome::kFiltered: return Text(TextId::kStatusFiltered, lang);
    case pupils::RowOutcome::kRejected: return Text(TextId::kStatusRejected, lang);
  }
  return "";
}

void DrawFilters(AppState& state) {
  const Language lang = state.language;
  SchoolState& school = state.school;
  const std::pair<const char*, std::optional<pupils::RowOutcome>> choices[] = {
      {"school.filter.all", std::nullopt},
      {"school.filter.accepted", pupils::RowOutcome::kAccepted},
      {"school.filter.filtered", pupils::RowOutcome::kFiltered},
      {"school.filter.rejected", pupils::RowOutcome::kRejected}};
  const TextId labels[] = {TextId::kFilterAll, TextId::kFilterAccepted, TextId::kFilterFiltered, TextId::kFilterRejected};
  for (std::size_t i = 0; i < 4; ++i) {
    if (i > 0) ImGui::SameLine();
    if (ui::Choice(state.widgets, choices[i].first, Text(labels[i], lang), school.status_filter == choices[i].second)) {
      school.status_filter = choices[i].second;
    }
  }
  ui::TextField(state.widgets, "school.class_filter", Text(TextId::kClassFilter, lang), school.class_filter,
                KeyboardKind::kText, state.text_focus);
}

std::string ProblemsText(const pupils::PupilRecord& record, Language lang) {
  std::string text;
  for (const Problem& problem : record.problems) text += (text.empty() ? "" : " ") + MessageFor(problem, lang);
  return text;
}

void DrawPupilRow(AppState& state, const pupils::PupilRecord& record) {
  const Language lang = state.language;
  const std::string key = std::to_string(record.id);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ui::Paragraph(state.widgets, "school.status." + key, StatusText(record.status, lang));
  ImGui::TableNextColumn();
  ui::Paragraph(state.widgets, "school.cpr." + key, record.pupil.cpr);
  ImGui::TableNextColumn();
  ui::Paragraph(state.widgets, "school.name." + key, record.pupil.name);
  ImGui::TableNextColumn();
  ui::Paragraph(state.widgets, "school.class." + key, record.pupil.class_name);
  ImGui::TableNextColumn();
  ui::Paragraph(state.widgets, "school.problem." + key, ProblemsText(record, lang));
  ImGui::TableNextColumn();
  if (record.status == pupils::RowOutcome::kAccepted) return;
  std::string& fix = state.school.cpr_fixes[record.id];
  const std::string label = std::string(Text(TextId::kColumnFix, lang)) + ": " + record.pupil.name;
  ui::InlineTextField(state.widgets, "school.fix." + key, label, fix, KeyboardKind::kNumeric, state.text_focus,
                      ImGui::GetFontSize() * kFixFieldEm);
  ImGui::SameLine();
  // The core checks the number as it is typed; a malformed one is said under the field and not sent.
  const cpr::CprCheck check = cpr::CheckCpr(fix);
  const bool malformed = !fix.empty() && check.status == cpr::CprStatus::kMalformed;
  if (ui::Button(state.widgets, "school.fix_button." + key, Text(TextId::kFixCpr, lang)) && !fix.empty() && !malformed) {
    CorrectCpr(state, record.id, fix);
  }
  if (malformed && check.reason) ui::Paragraph(state.widgets, "school.fix_problem." + key, MessageFor(*check.reason, lang));
}

void DrawPupils(AppState& state) {
  const Language lang = state.language;
  SchoolState& school = state.school;
  ui::Heading(state.widgets, "school.pupils_heading", Text(TextId::kPupilsHeading, lang));
  DrawFilters(state);
  if (ui::Button(state.widgets, "school.export", Text(TextId::kExportRejected, lang))) {
    Download(SchoolPath(school, "/pupils.csv?status=rejected,filtered"));
  }
  std::vector<const pupils::PupilRecord*> shown;
  for (const pupils::PupilRecord& record : school.pupils) {
    if (school.status_filter && record.status != *school.status_filter) continue;
    if (!school.class_filter.empty() && record.pupil.class_name != school.class_filter) continue;
    shown.push_back(&record);
  }
  if (shown.empty()) return ui::Paragraph(state.widgets, "school.no_pupils", Text(TextId::kNoPupils, lang));
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("pupils", 6, kFlags, ImVec2(ImGui::CalcItemWidth(), 0))) return;
  for (const TextId column : {TextId::kColumnStatus, TextId::kColumnCpr, TextId::kColumnName, TextId::kColumnClass,
                              TextId::kColumnProblem}) {
    ImGui::TableSetupColumn(std::string(Text(column, lang)).c_str(), ImGuiTableColumnFlags_WidthStretch,
                            column == TextId::kColumnProblem ? 3.0f : 1.0f);
  }
  // The correction column fits its field and button exactly; the others share the rest.
  const std::string_view fix_label = Text(TextId::kFixCpr, lang);
  const float fix_width = ImGui::GetFontSize() * kFixFieldEm + ImGui::GetStyle().ItemSpacing.x +
                          ImGui::CalcTextSize(fix_label.data(), fix_label.data() + fix_label.size()).x +
                          ImGui::GetStyle().FramePadding.x * 2;
  ImGui::TableSetupColumn(std::string(Text(TextId::kColumnFix, lang)).c_str(), ImGuiTableColumnFlags_WidthFixed, fix_width);
  ImGui::TableHeadersRow();
  for (const pupils::PupilRecord* record : shown) DrawPupilRow(state, *record);
  ImGui::EndTable();
}

}  // namespace

void SchoolSessionStarted(AppState& state) { RefreshPupils(state); }

void FetchMessages(AppState& state) {
  ApiGet(SchoolPath(state.school, "/messages"), [&state](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    auto messages = json ? wire::MessageRecordsFromJson((*json)["messages"]) : Result<std::vector<notifications::MessageRecord>>{};
    if (response.status != 200 || !json || !messages) return ShowOutcome(state.school, DescribeApiErrors(response, state.language), true);
    state.school.messages = std::move(*messages);
    state.school.messages_loaded = true;
  });
}

// The messages about the school's reports ("Elevindberetningen er behandlet: ..."), on request.
void DrawMessages(AppState& state) {
  const Language lang = state.language;
  SchoolState& school = state.school;
  ui::Heading(state.widgets, "school.messages", Say(lang, "Beskeder", "Messages"));
  if (ui::Button(state.widgets, "school.messages.show", school.messages_loaded ? Say(lang, "Opdatér beskederne", "Refresh the messages")
                                                                               : Say(lang, "Vis beskeder til skolen", "Show messages to the school"))) {
    FetchMessages(state);
  }
  if (school.messages_loaded && school.messages.empty()) {
    ui::Paragraph(state.widgets, "school.messages.none", Say(lang, "Ingen beskeder endnu.", "No messages yet."));
  }
  DrawMessageList(state, "school.messages.list", school.messages);
}

void DrawSchoolScreen(AppState& state) {
  const Language lang = state.language;
  SchoolState& school = state.school;
  ui::Heading(state.widgets, "school.heading", Text(TextId::kSchoolHeading, lang));
  if (school.organisation.empty()) {
    DrawLoginPanel(state, LoginKind::kSchool);
  } else {
    ui::Paragraph(state.widgets, "school.logged_in", std::string(Text(TextId::kLoggedInAs, lang)) + " " + school.organisation);
    ImGui::Separator();
    ui::Heading(state.widgets, "school.upload_heading", Text(TextId::kUploadHeading, lang));
    ui::Paragraph(state.widgets, "school.upload_hint", Text(TextId::kUploadHint, lang));
    if (ui::Button(state.widgets, "school.upload", Text(TextId::kChooseFile, lang)) && !school.busy) {
      ChooseFile(".csv,.txt,.json,text/csv,application/json");
    }
    if (std::optional<ChosenFile> file = TakeChosenFile()) Upload(state, *file);
  }
  if (!school.message.empty()) {
    ui::Status(state.widgets, "school.message", school.message, school.message_is_error ? ui::StatusKind::kError : ui::StatusKind::kSuccess);
  }
  if (!school.organisation.empty()) {
    ImGui::Separator();
    DrawPupils(state);
    ImGui::Separator();
    DrawMessages(state);
  }
}

}  // namespace optagelse::web
