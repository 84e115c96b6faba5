// Column mapping for pupil report files: see pupil_report_reader.h.
#include "pupils/pupil_report_reader.h"

#include <array>

namespace optagelse::pupils {
namespace {

struct Column {
  std::string PupilRow::*member;
  bool required;
  std::array<std::string_view, 4> names;  // first is canonical; compared case-insensitively
};

const std::array<Column, 8> kColumns = {{
    {&PupilRow::cpr, true, {"cpr", "cprnr", "personnummer", "cpr-nummer"}},
    {&PupilRow::name, true, {"navn", "name", "elevnavn", ""}},
    {&PupilRow::institution, true, {"instnr", "institution", "institutionsnummer", ""}},
    {&PupilRow::education_code, true, {"uddannelseskode", "education_code", "uddkode", ""}},
    {&PupilRow::grade, true, {"klassetrin", "grade", "trin", ""}},
    {&PupilRow::class_name, true, {"klasse", "class", "klassebetegnelse", ""}},
    {&PupilRow::start_date, true, {"startdato", "start_date", "start", ""}},
    {&PupilRow::end_date, false, {"slutdato", "end_date", "slut", ""}},
}};

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string Trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

}  // namespace

std::vector<std::string> CanonicalHeader() {
  std::vector<std::string> header;
  for (const Column& column : kColumns) header.emplace_back(column.names[0]);
  return header;
}

tl::expected<ReadRows, std::vector<Problem>> ReadPupilRows(const text::CsvTable& table) {
  std::array<int, kColumns.size()> index{};
  std::vector<Problem> missing;
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    index[c] = -1;
    for (std::size_t h = 0; h < table.header.size() && index[c] < 0; ++h) {
      const std::string name = Lower(Trim(table.header[h]));
      for (const std::string_view alias : kColumns[c].names) {
        if (!alias.empty() && name == alias) index[c] = static_cast<int>(h);
      }
    }
    if (index[c] < 0 && kColumns[c].required) {
      missing.push_back(MakeError(ErrorCode::kMissingColumn, std::string(kColumns[c].names[1]),
                                  std::string(kColumns[c].names[0])));
    }
  }
  if (!missing.empty()) return tl::unexpected(std::move(missing));

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
      if (index[c] >= 0) row.*(kColumns[c].member) = Trim(csv_row.fields[static_cast<std::size_t>(index[c])]);
    }
    out.rows.push_back(std::move(row));
  }
  return out;
}

}  // namespace optagelse::pupils
