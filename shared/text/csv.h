// CSV as school admin systems export it: a header row, ';' or ',' between fields (detected from
// the header), fields optionally in double quotes with "" for a quote, CRLF or LF line ends.
// Blank lines are skipped. Written here rather than taken from a library because the core must
// build for WebAssembly with exceptions off (Debian's fccp throws and starts threads).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"

namespace optagelse::text {

struct CsvRow {
  int line = 0;  // 1-based line number in the file where the row starts
  std::vector<std::string> fields;
};

struct CsvTable {
  char delimiter = ';';
  std::vector<std::string> header;
  std::vector<CsvRow> rows;
};

// Parses UTF-8 text. An unterminated quote is kCsvUnterminatedQuote (detail: its line); an
// empty text is kEmptyFile.
Result<CsvTable> ParseCsv(std::string_view text);

// Writes one CSV line (with the line end) for the given fields, quoting where needed. A field a
// spreadsheet would run as a formula (starting with = + - @, tab or CR, unless it is a plain number
// like -3) is written with a leading apostrophe: every CSV the project writes goes through here.
std::string CsvLine(const std::vector<std::string>& fields, char delimiter);

}  // namespace optagelse::text
