// UPV on the wire: the pupil input ({"id", "grade_level", "standpunkt": {"dansk": [7, "02"], ...},
// "exam": {...}, "personal": true, "social": true, "practical": false}), the assessment with its
// reasons, and what changed between two versions. Used by the server, the CLI and the browser.
#pragma once

#include "upv/assessment.h"
#include "upv/what_if.h"
#include "wire/json.h"
#include "wire/json_writer.h"

namespace optagelse::wire {

// Which languages the human-readable texts are given in ("text": "..." or {"da": ..., "en": ...}).
enum class TextLanguages { kNone, kDanish, kEnglish, kBoth };

// Grades may be numbers (-3, 0, 2, 4, 7, 10, 12) or strings ("00", "02"); a subject may hold one
// grade or a list. Anything else is kUpvInvalidGrade with the field naming the subject. Subject
// names are lower-cased. Semantic checks (grade level, scale) are upv::ValidateUpvInput's.
Result<upv::UpvInput> UpvInputFromJson(const Json& value);
Json UpvInputToJson(const upv::UpvInput& input);

// Streams an assessment as one JSON object (with "id" first when raw_id, already JSON, is given):
// the batch command's hot path. AssessmentToJson is the same text as a document.
void WriteAssessment(JsonWriter& writer, const upv::Assessment& assessment, const upv::RuleSet& rules,
                     TextLanguages languages, std::string_view raw_id);
Json AssessmentToJson(const upv::Assessment& assessment, const upv::RuleSet& rules, TextLanguages languages);
Json GradeChangeToJson(const upv::GradeChange& change);

// What a new version changed against the previous one (none for the first): grade level, grades,
// prerequisites - the history a school and the pupil see ("who, when, what changed").
Json UpvChangesToJson(const upv::UpvInput* before, const upv::UpvInput& after);

}  // namespace optagelse::wire
