// Column mapping for pupil report files: see pupil_report_reader.h.
#include "pupils/pupil_report_reader.h"

#include <array>

#include "text/csv_columns.h"

namespace optagelse::pupils {
namespace {

struct Column {
  std::string PupilRow::*member;
  text::ColumnSpec spec;
};

const std::array<Column, 8> kColumns = {{
    {&PupilRow::cpr, {{"cpr", "cprnr", "personnummer", "cpr-nummer"}, true}},
    {&PupilRow::name, {{"navn", "name", "elevnavn", ""}, true}},
    {&PupilRow::institution, {{"instnr", "institution", "institutionsnummer", ""}, true}},
    {&PupilRow::education_code, {{"uddannelseskode", "education_code", "uddkode", ""}, true}},
    {&PupilRow::grade, {{"klassetrin", "grade", "trin", ""}, true}},
    {&PupilRow::class_name, {{"klasse", "class", "klassebetegnelse", ""}, true}},
    {&PupilRow::start_date, {{"startdato", "start_date", "start", ""}, true}},
    {&PupilRow::end_date, {{"slutdato", "end_date", "slut", ""}, false}},
}};

std::vector<text::ColumnSpec> Specs() {
  std::vector<text::ColumnSpec> specs;
  for (const Column& column : kColumns) specs.push_back(column.spec);
  return specs;
}

}  // namespace

tl::expected<ReadRows, std::vector<Problem>> ReadPupilRows(const text::CsvTable& table) {
  auto index = text::FindColumns(table.header, Specs());
  if (!index) return tl::unexpected(std::move(index.error()));

  ReadRows out;
  out.rows.reserve(table.rows.size());
  for (const text::CsvRow& csv_row : table.rows) {
    if (csv_row.fields.size() != table.header.size()) {
      RowResult bad;
      bad.line = csv_row.line;
      bad.outcome = RowOutcome::kRejected;
      bad.problems.push_back(MakeError(ErrorCode::kCsvFieldCount, "line", std::to_string(csv_row.fields.size())));
      out.unreadable.push_back(std::move(bad));
      continue;
    }
    PupilRow row;
    row.line = csv_row.line;
    for (std::size_t c = 0; c < kColumns.size(); ++c) {
      if ((*index)[c] >= 0) row.*(kColumns[c].member) = text::TrimBlanks(csv_row.fields[static_cast<std::size_t>((*index)[c])]);
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace optagelse::pupils
