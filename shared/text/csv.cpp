// CSV parsing and writing: see csv.h.
#include "text/csv.h"

namespace optagelse::text {
namespace {

// ';' unless the header line (outside quotes) has more ',' than ';'.
char DetectDelimiter(std::string_view text) {
  int semicolons = 0, commas = 0;
  bool quoted = false;
  for (const char c : text) {
    if (c == '"') quoted = !quoted;
    if (quoted) continue;
    if (c == '\n') break;
    semicolons += c == ';';
    commas += c == ',';
  }
  return commas > semicolons ? ',' : ';';
}

bool IsBlankRow(const std::vector<std::string>& fields) {
  for (const std::string& field : fields) {
    if (field.find_first_not_of(" \t") != std::string::npos) return false;
  }
  return true;
}

}  // namespace

Result<CsvTable> ParseCsv(std::string_view text) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Fail(MakeError(ErrorCode::kEmptyFile, "file"));
  }
  CsvTable table;
  table.delimiter = DetectDelimiter(text);
  std::vector<std::string> fields(1);
  int line = 1;
  int row_start = 1;
  bool quoted = false;
  bool header_done = false;
  auto finish_row = [&] {
    if (!IsBlankRow(fields)) {
      if (!header_done) {
        table.header = std::move(fields);
        header_done = true;
      } else {
        table.rows.push_back(CsvRow{row_start, std::move(fields)});
      }
    }
    fields.assign(1, std::string());
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        fields.back() += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        if (c == '\n') ++line;
        fields.back() += c;
      }
    } else if (c == '"' && fields.back().empty()) {
      quoted = true;
    } else if (c == table.delimiter) {
      fields.emplace_back();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      finish_row();
      row_start = ++line;
    } else {
      fields.back() += c;
    }
  }
  if (quoted) return Fail(MakeError(ErrorCode::kCsvUnterminatedQuote, "file", std::to_string(row_start)));
  finish_row();
  if (!header_done) return Fail(MakeError(ErrorCode::kEmptyFile, "file"));
  return table;
}

namespace {

// A number as a spreadsheet reads one ("-3", "4.5", "2,0"): no formula, so it stays as it is.
bool IsPlainNumber(std::string_view field) {
  std::size_t at = field.size() > 1 && field[0] == '-' ? 1 : 0;
  bool digits = false, separator = false;
  for (; at < field.size(); ++at) {
    const char c = field[at];
    if (c >= '0' && c <= '9') {
      digits = true;
    } else if ((c == '.' || c == ',') && digits && !separator) {
      separator = true;
    } else {
      return false;
    }
  }
  return digits && field.back() != '.' && field.back() != ',';
}

// A cell a spreadsheet would run as a formula - it starts with = + - @, a tab or a carriage return
// (OWASP, "CSV injection") - gets a leading apostrophe, which spreadsheets show as text.
std::string Neutralised(const std::string& field) {
  if (field.empty() || IsPlainNumber(field)) return field;
  const char first = field[0];
  const bool formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
  return formula ? "'" + field : field;
}

}  // namespace

std::string CsvLine(const std::vector<std::string>& fields, char delimiter) {
  std::string out;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) out += delimiter;
    const std::string field = Neutralised(fields[i]);
    const bool needs_quotes = field.find_first_of(std::string("\"\r\n") + delimiter) != std::string::npos;
    if (!needs_quotes) {
      out += field;
      continue;
    }
    out += '"';
    for (const char c : field) {
      if (c == '"') out += '"';
      out += c;
    }
    out += '"';
  }
  out += "\r\n";
  return out;
}

}  // namespace optagelse::text
