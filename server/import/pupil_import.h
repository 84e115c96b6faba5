// Imports one school's pupil report (CSV in UTF-8 or Windows-1252 with ';' or ',', or JSON):
// decode, parse, judge every row with the core, and store all verdicts in one transaction. A file
// that cannot be read at all changes nothing; re-importing the same file changes nothing more.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pupils/pupil_report.h"
#include "pupils/pupil_report_reader.h"
#include "store/database.h"
#include "text/encoding.h"

namespace optagelse::import {

enum class ReportFormat { kCsv, kJson };

struct ImportSummary {
  int accepted = 0;
  int filtered = 0;
  int rejected = 0;
  std::vector<pupils::RowResult> rows;  // in file order, each with its stored record id
};

// Decodes and parses the file into rows, with no database: done before the request takes its turn.
// File-level failures return every problem found (e.g. all missing columns).
tl::expected<pupils::ReadRows, std::vector<Problem>> ReadPupilReport(std::string_view bytes, ReportFormat format,
                                                                     text::Encoding encoding);
// Judges the rows read with the core and stores every verdict, in one transaction.
tl::expected<ImportSummary, std::vector<Problem>> ImportPupilRows(store::Database& db, const std::string& school,
                                                                  pupils::ReadRows read, std::string_view bytes);
// Both, one after the other (the command line, the benches).
tl::expected<ImportSummary, std::vector<Problem>> ImportPupilReport(store::Database& db, const std::string& school,
                                                                    std::string_view bytes, ReportFormat format,
                                                                    text::Encoding encoding);

// Re-judges one stored pupil with a corrected CPR number and stores the new verdict.
Result<pupils::RowResult> CorrectPupilCpr(store::Database& db, const std::string& school, std::int64_t id,
                                          const std::string& new_cpr);

}  // namespace optagelse::import
