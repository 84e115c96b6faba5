// The what-if panel: see what_if_panel.h.
#include "screens/what_if_panel.h"

#include <algorithm>
#include <cstdio>

#include <imgui.h>

#include "api_errors.h"
#include "core/messages.h"
#include "platform/browser_storage.h"
#include "ui/ui_text.h"
#include "ui/widgets.h"
#include "upv/grade_scale.h"
#include "upv/reason_text.h"
#include "what_if/scenario_storage.h"
#include "wire/upv_wire.h"

namespace optagelse::web {
namespace {

std::string Fill(std::string text, std::string_view key, std::string_view value) {
  const auto at = text.find(key);
  if (at != std::string::npos) text.replace(at, key.size(), value);
  return text;
}

const upv::RuleSet* RulesFor(const AppState& state, int year) {
  if (!state.rules) return nullptr;
  auto rules = state.rules->ForYear(year);
  return rules ? *rules : nullptr;
}

// Recomputes the assessment, the differences and the paths; timed, and the time published.
void Recompute(AppState& state) {
  WhatIfState& what_if = state.upv.what_if;
  what_if.dirty = false;
  what_if.result.reset();
  what_if.input_problem.clear();
  const upv::RuleSet* rules = RulesFor(state, what_if.admission_year);
  if (rules == nullptr) {
    what_if.input_problem = MessageFor(MakeError(ErrorCode::kUnknownRuleYear, "", std::to_string(what_if.admission_year)), state.language);
    return;
  }
  const double start = NowMilliseconds();
  auto result = upv::WhatIf(what_if.base, what_if.scenario, *rules);
  what_if.last_ms = NowMilliseconds() - start;
  PublishMeasurement("whatif_ms", what_if.last_ms);
  if (!result) {
    what_if.input_problem = MessageFor(result.error(), state.language);
    return;
  }
  what_if.result = std::move(*result);
}

void Changed(AppState& state) {
  state.upv.what_if.dirty = true;
  state.upv.what_if.message.clear();
  SaveScenario(state.upv.what_if);
}

// Which year's rules the scenario uses, any year the app knows, and what that year's result means.
void DrawRuleYear(AppState& state) {
  const Language lang = state.language;
  WhatIfState& what_if = state.upv.what_if;
  ImGui::TextUnformatted(std::string(Text(TextId::kWhatIfRuleYear, lang)).c_str());
  if (!state.rules) return;
  for (const int year : state.rules->Years()) {
    ui::SameLineIfFits(std::to_string(year), what_if.admission_year == year);  // wraps on a phone
    if (ui::Choice(state.widgets, "whatif.year." + std::to_string(year), std::to_string(year), what_if.admission_year == year)) {
      what_if.admission_year = year;
      const upv::RuleSet* rules = RulesFor(state, year);
      const auto& levels = rules->grade_levels;
      if (std::find(levels.begin(), levels.end(), what_if.scenario.grade_level) == levels.end()) what_if.scenario.grade_level = levels.front();
      Changed(state);
    }
  }
  const upv::RuleSet* rules = RulesFor(state, what_if.admission_year);
  if (rules == nullptr) return;
  ui::Paragraph(state.widgets, "whatif.year_meaning",
                Fill(std::string(Text(rules->has_upv ? TextId::kWhatIfYearWithUpv : TextId::kWhatIfYearWithoutUpv, lang)), "{year}",
                     std::to_string(what_if.admission_year)));
}

void DrawGradeLevel(AppState& state) {
  WhatIfState& what_if = state.upv.what_if;
  const upv::RuleSet* rules = RulesFor(state, what_if.admission_year);
  ImGui::TextUnformatted(std::string(Text(TextId::kUpvGradeLevel, state.language)).c_str());
  if (rules == nullptr) return;
  for (const int level : rules->grade_levels) {
    const std::string label = std::to_string(level) + (state.language == Language::kDanish ? ". klasse" : "th grade");
    ui::SameLineIfFits(label, what_if.scenario.grade_level == level);
    if (ui::Choice(state.widgets, "whatif.grade_level." + std::to_string(level), label, what_if.scenario.grade_level == level)) {
      what_if.scenario.grade_level = level;
      Changed(state);
    }
  }
}

// One subject's grades: each with lower / raise / remove, and a button to add one. `ids` starts
// every widget id: "whatif." for standpunkt grades, "whatif.exam." for exam grades (max_grades 1:
// an exam has one grade).
void DrawSubject(AppState& state, upv::SubjectGrades& subject, const std::string& ids,
                 std::size_t max_grades = upv::kMaxGradesPerSubject) {
  const Language lang = state.language;
  const std::string name = upv::SubjectDisplayName(subject.subject, lang);
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  ui::Paragraph(state.widgets, ids + "subject." + subject.subject, name);
  ImGui::TableNextColumn();
  std::optional<std::size_t> remove;
  for (std::size_t i = 0; i < subject.grades.size(); ++i) {
    const std::string key = subject.subject + "." + std::to_string(i);
    const std::string which = name + " " + std::string(Text(TextId::kUpvGrade, lang)) + " " + std::to_string(i + 1);
    if (i > 0) ImGui::SameLine(0, ImGui::GetFontSize());
    ImGui::PushID(key.c_str());
    if (ui::IconButton(state.widgets, ids + "lower." + key, "-", std::string(Text(TextId::kUpvLower, lang)) + " " + which)) {
      const auto position = upv::ScalePosition(subject.grades[i]);
      if (position && *position > 0) {
        subject.grades[i] = upv::kScale[static_cast<std::size_t>(*position - 1)];
        Changed(state);
      }
    }
    ImGui::SameLine();
    ui::Paragraph(state.widgets, ids + "grade." + key, upv::FormatGrade(subject.grades[i]));
    ImGui::SameLine();
    if (ui::IconButton(state.widgets, ids + "raise." + key, "+", std::string(Text(TextId::kUpvRaise, lang)) + " " + which)) {
      if (const auto up = upv::StepUp(subject.grades[i])) {
        subject.grades[i] = *up;
        Changed(state);
      }
    }
    ImGui::SameLine();
    if (ui::IconButton(state.widgets, ids + "remove." + key, "x", std::string(Text(TextId::kUpvRemove, lang)) + " " + which)) {
      remove = i;
    }
    ImGui::PopID();
  }
  if (!subject.grades.empty() && subject.grades.size() < max_grades) ImGui::SameLine(0, ImGui::GetFontSize());
  if (subject.grades.size() < max_grades &&
      ui::IconButton(state.widgets, ids + "add." + subject.subject, "+02",
                     std::string(Text(TextId::kUpvAddGrade, lang)) + " " + name)) {
    subject.grades.push_back(2);
    Changed(state);
  }
  if (remove) {
    subject.grades.erase(subject.grades.begin() + static_cast<std::ptrdiff_t>(*remove));
    Changed(state);
  }
}

// Whether the scenario has a grade for that exam or part (a row whose grades were all removed
// does not count).
bool HasExamEntry(const upv::UpvInput& scenario, std::string_view subject) {
  return std::any_of(scenario.exam.begin(), scenario.exam.end(),
                     [&](const upv::SubjectGrades& entry) { return entry.subject == subject && !entry.grades.empty(); });
}

// What the add buttons offer: the compulsory exams, and - for an exam graded in parts (written
// Danish, written maths) - its parts, so a school can enter either the exam's grade or the parts'.
// An exam entered whole hides its parts, and a part entered hides its exam.
std::vector<std::string> ExamsToOffer(const upv::UpvInput& scenario, const upv::RuleSet* rules) {
  std::vector<std::string> offered;
  for (const char* exam : {"dansk_skriftlig", "dansk_mundtlig", "matematik_skriftlig", "engelsk_mundtlig", "naturfag"}) {
    bool part_entered = false;
    std::vector<std::string> parts;
    if (rules != nullptr) {
      for (const upv::ExamPart& part : rules->exam_parts) {
        if (part.exam != exam) continue;
        part_entered = part_entered || HasExamEntry(scenario, part.part);
        parts.push_back(part.part);
      }
    }
    const bool whole_entered = HasExamEntry(scenario, exam);
    if (!whole_entered && !part_entered) offered.emplace_back(exam);
    if (whole_entered) continue;
    for (const std::string& part : parts) {
      if (!HasExamEntry(scenario, part)) offered.push_back(part);
    }
  }
  return offered;
}

// The leaving exams' grades (the right to a place, and from 2025 EUD's requirement): the
// compulsory exam subjects or their parts, each added with one button.
void DrawExams(AppState& state) {
  const Language lang = state.language;
  WhatIfState& what_if = state.upv.what_if;
  ui::Heading(state.widgets, "whatif.exams", Text(TextId::kWhatIfExams, lang));
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (!what_if.scenario.exam.empty() && ImGui::BeginTable("whatif_exams", 2, kFlags, ImVec2(ImGui::CalcItemWidth(), 0))) {
    // Exam names are long ("dansk: skriftlig fremstilling") and an exam has one grade: the name
    // gets the wider share, so a phone wraps it by words, not by letters.
    ImGui::TableSetupColumn("subject", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("grades", ImGuiTableColumnFlags_WidthStretch, 4.0f);
    // An exam, or a part of one, has one grade.
    for (upv::SubjectGrades& subject : what_if.scenario.exam) DrawSubject(state, subject, "whatif.exam.", 1);
    ImGui::EndTable();
    // An exam whose last grade was removed leaves the list (and is offered again below).
    if (std::erase_if(what_if.scenario.exam, [](const upv::SubjectGrades& entry) { return entry.grades.empty(); }) > 0) {
      Changed(state);
    }
  }
  bool first = true;
  for (const std::string& name : ExamsToOffer(what_if.scenario, RulesFor(state, what_if.admission_year))) {
    const std::string shown = upv::SubjectDisplayName(name, lang);
    if (!first) ui::SameLineIfFits("+ " + shown);
    first = false;
    if (ui::Button(state.widgets, "whatif.exam.add_subject." + name, "+ " + shown)) {
      what_if.scenario.exam.push_back(upv::SubjectGrades{name, {2}});
      Changed(state);
    }
  }
}

void DrawPrerequisite(AppState& state, const char* id, TextId label, std::optional<bool>& value) {
  const Language lang = state.language;
  ImGui::TextUnformatted(std::string(Text(label, lang)).c_str());
  const std::pair<TextId, std::optional<bool>> options[] = {
      {TextId::kUpvYes, true}, {TextId::kUpvNo, false}, {TextId::kUpvNotYet, std::nullopt}};
  for (const auto& [text, option] : options) {
    ImGui::SameLine();
    const std::string option_id = std::string(id) + "." + (option ? (*option ? "yes" : "no") : "unset");
    const std::string accessible = std::string(Text(label, lang)) + ": " + std::string(Text(text, lang));
    ImGui::PushID(option_id.c_str());
    if (ui::Choice(state.widgets, option_id, Text(text, lang), value == option, accessible)) {
      value = option;
      Changed(state);
    }
    ImGui::PopID();
  }
}

void DrawEditor(AppState& state) {
  const Language lang = state.language;
  WhatIfState& what_if = state.upv.what_if;
  DrawRuleYear(state);
  DrawGradeLevel(state);
  ui::Heading(state.widgets, "whatif.standpunkt", Text(TextId::kUpvStandpunkt, lang));
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
  if (ImGui::BeginTable("whatif_grades", 2, kFlags, ImVec2(ImGui::CalcItemWidth(), 0))) {
    ImGui::TableSetupColumn("subject", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("grades", ImGuiTableColumnFlags_WidthStretch, 4.0f);
    for (upv::SubjectGrades& subject : what_if.scenario.standpunkt) DrawSubject(state, subject, "whatif.");
    ImGui::EndTable();
  }
  ui::InlineTextField(state.widgets, "whatif.new_subject", Text(TextId::kUpvSubjectName, lang), what_if.new_subject,
                      KeyboardKind::kText, state.text_focus, ImGui::GetFontSize() * 10);
  ImGui::SameLine();
  if (ui::Button(state.widgets, "whatif.add_subject", Text(TextId::kUpvAddSubject, lang)) && !what_if.new_subject.empty()) {
    std::string subject = what_if.new_subject;
    for (char& c : subject) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : (c == ' ' ? '_' : c));
    bool exists = false;
    for (const auto& entry : what_if.scenario.standpunkt) exists = exists || entry.subject == subject;
    if (!exists) what_if.scenario.standpunkt.push_back(upv::SubjectGrades{subject, {2}});
    what_if.new_subject.clear();
    Changed(state);
  }
  DrawExams(state);
  const upv::RuleSet* rules = RulesFor(state, what_if.admission_year);
  if (rules != nullptr && rules->has_upv) {
    DrawPrerequisite(state, "whatif.personal", TextId::kUpvPersonal, what_if.scenario.personal);
    DrawPrerequisite(state, "whatif.social", TextId::kUpvSocial, what_if.scenario.social);
    DrawPrerequisite(state, "whatif.practical", TextId::kUpvPractical, what_if.scenario.practical);
  }
}

void DrawResult(AppState& state) {
  const Language lang = state.language;
  WhatIfState& what_if = state.upv.what_if;
  ui::Heading(state.widgets, "whatif.result_heading", Text(TextId::kUpvResult, lang));
  if (!what_if.input_problem.empty()) return ui::Status(state.widgets, "whatif.problem", what_if.input_problem, ui::StatusKind::kError);
  if (!what_if.result) return;
  const upv::RuleSet* rules = RulesFor(state, what_if.admission_year);
  const upv::Assessment& after = what_if.result->after;
  for (const upv::TrackAssessment& track : after.tracks) {
    const std::string name(upv::TrackName(track.track));
    std::string text = upv::TrackDisplayName(track.track, lang) + ": " + upv::DescribeVerdict(track, *rules, lang);
    if (after.provisional) text += " (" + std::string(Text(TextId::kUpvProvisional, lang)) + ")";
    if (track.right_to_place) text += "; " + upv::DescribePlaceOutcome(*track.right_to_place, lang);
    ui::Status(state.widgets, "whatif.track." + name, text, track.ready ? ui::StatusKind::kSuccess : ui::StatusKind::kWarning);
    std::string reasons;
    for (const upv::Reason& reason : track.reasons) {
      reasons += (reasons.empty() ? "" : "; ") + upv::DescribeReason(reason, after.decimals, lang);
    }
    ImGui::Indent();
    ui::Paragraph(state.widgets, "whatif.reasons." + name, reasons);
    ImGui::Unindent();
  }
  ui::Heading(state.widgets, "whatif.changed_heading", Text(TextId::kUpvChanged, lang));
  if (what_if.result->grade_changes.empty() && what_if.result->track_changes.empty()) {
    ui::Paragraph(state.widgets, "whatif.no_changes", Text(TextId::kUpvNoChanges, lang));
  }
  for (std::size_t i = 0; i < what_if.result->grade_changes.size(); ++i) {
    ui::Paragraph(state.widgets, "whatif.change." + std::to_string(i), upv::DescribeChange(what_if.result->grade_changes[i], lang));
  }
  for (const upv::TrackChange& change : what_if.result->track_changes) {
    const std::string text = upv::TrackDisplayName(change.track, lang) + " " + std::string(Text(TextId::kUpvTrackChangedTo, lang)) +
                             " " + std::string(Text(change.ready_after ? TextId::kUpvReady : TextId::kUpvNotReady, lang));
    ui::Status(state.widgets, "whatif.track_change." + std::string(upv::TrackName(change.track)), text,
               change.ready_after ? ui::StatusKind::kSuccess : ui::StatusKind::kWarning);
  }
  if (!what_if.result->paths.empty()) ui::Heading(state.widgets, "whatif.path_heading", Text(TextId::kUpvPath, lang));
  for (const upv::PathToReady& path : what_if.result->paths) {
    ui::Paragraph(state.widgets, "whatif.path." + std::string(upv::TrackName(path.track)),
                  upv::TrackDisplayName(path.track, lang) + ": " + upv::DescribePath(path, lang));
  }
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.3f", what_if.last_ms);
  ui::Paragraph(state.widgets, "whatif.timing",
                Fill(Fill(std::string(Text(TextId::kUpvComputedIn, lang)), "{ms}", ms), "{year}", std::to_string(what_if.admission_year)));
}

void Save(AppState& state) {
  WhatIfState& what_if = state.upv.what_if;
  if (!what_if.pupil_id || state.school.organisation.empty()) return;
  wire::Json body = wire::UpvInputToJson(what_if.scenario);
  body["admission_year"] = what_if.admission_year;
  const std::string path = "/api/v1/schools/" + state.school.organisation + "/pupils/" + std::to_string(*what_if.pupil_id) + "/upv";
  ApiSend(ApiRequest{"PUT", path, wire::Dump(body), "application/json", state.school.csrf_token},
          [&state](const ApiResponse& response) {
            WhatIfState& what_if = state.upv.what_if;
            if (response.status != 200) {
              what_if.message = DescribeApiErrors(response, state.language);
              what_if.message_is_error = true;
              return;
            }
            what_if.base = what_if.scenario;  // saved: the scenario is now the pupil's assessment
            what_if.dirty = true;
            SaveScenario(what_if);
            what_if.message = Text(TextId::kUpvSaved, state.language);
            what_if.message_is_error = false;
            state.upv.loaded = false;  // the class list shows the new result when next drawn
          });
}

}  // namespace

void OpenWhatIf(AppState& state, std::optional<std::int64_t> pupil_id, std::string label, const upv::UpvInput& base,
                int admission_year) {
  WhatIfState& what_if = state.upv.what_if;
  what_if.open = true;
  what_if.pupil_id = pupil_id;
  what_if.label = std::move(label);
  what_if.base = base;
  what_if.scenario = base;
  what_if.admission_year = admission_year;
  what_if.message.clear();
  what_if.dirty = true;
  SaveScenario(what_if);
}

void DrawWhatIfPanel(AppState& state) {
  const Language lang = state.language;
  WhatIfState& what_if = state.upv.what_if;
  ui::Heading(state.widgets, "whatif.heading",
              std::string(Text(TextId::kUpvWhatIf, lang)) + (what_if.label.empty() ? "" : " - " + what_if.label));
  ui::Paragraph(state.widgets, "whatif.hint", Text(TextId::kUpvWhatIfHint, lang));
  if (what_if.dirty) Recompute(state);
  DrawEditor(state);
  if (what_if.pupil_id && !state.school.organisation.empty()) {
    if (ui::Button(state.widgets, "whatif.save", Text(TextId::kUpvSave, lang))) Save(state);
    ImGui::SameLine();
  }
  if (ui::Button(state.widgets, "whatif.reset", Text(TextId::kUpvReset, lang))) {
    what_if.scenario = what_if.base;
    Changed(state);
  }
  ImGui::SameLine();
  if (ui::Button(state.widgets, "whatif.close", Text(TextId::kUpvClose, lang))) what_if.open = false;
  if (!what_if.message.empty()) {
    ui::Status(state.widgets, "whatif.message", what_if.message, what_if.message_is_error ? ui::StatusKind::kError : ui::StatusKind::kSuccess);
  }
  if (what_if.dirty) Recompute(state);
  DrawResult(state);
}

}  // namespace optagelse::web
