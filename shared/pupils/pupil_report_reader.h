// Turns an uploaded CSV file (already decoded to UTF-8) into pupil rows: finds each column by its
// name in the header (Danish or English, any case), and reports every missing column at once.
#pragma once

#include <vector>

#include "pupils/pupil_report.h"
#include "text/csv.h"

namespace optagelse::pupils {

struct ReadRows {
  std::vector<PupilRow> rows;
  std::vector<RowResult> unreadable;  // rows with the wrong number of fields, already rejected
};

// File-level problems (a missing column) fail the whole file: nothing of it may be stored.
tl::expected<ReadRows, std::vector<Problem>> ReadPupilRows(const text::CsvTable& table);

}  // namespace optagelse::pupils
