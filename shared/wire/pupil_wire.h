// Pupil reports on the wire: the JSON upload format ({"pupils": [{"cpr": ..., "name": ...,
// "institution": ..., "education_code": ..., "grade": ..., "class": ..., "start_date": ...,
// "end_date": ...}]}), row verdicts, stored pupil records, and problem lists kept in the database.
#pragma once

#include <vector>

#include "pupils/pupil_report.h"
#include "wire/json.h"

namespace optagelse::wire {

// Reads the JSON upload; numbers are accepted where text is expected (grade 9, code 4800).
Result<std::vector<pupils::PupilRow>> PupilRowsFromJson(const Json& value);

Json PupilToJson(const pupils::Pupil& pupil);
Json RowResultToJson(const pupils::RowResult& result);
Json PupilRecordToJson(const pupils::PupilRecord& record);
Result<pupils::PupilRecord> PupilRecordFromJson(const Json& value);

// Problems without their texts (code, field, severity, detail), for storage.
std::string ProblemsToStorage(const std::vector<Problem>& problems);
std::vector<Problem> ProblemsFromStorage(std::string_view text);

}  // namespace optagelse::wire
