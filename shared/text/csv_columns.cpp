// Column lookup for CSV imports: see csv_columns.h.
#include "text/csv_columns.h"

namespace optagelse::text {
namespace {

std::string Lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

std::string TrimBlanks(std::string_view text) {
  const auto first = text.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t");
  return std::string(text.substr(first, last - first + 1));
}

tl::expected<std::vector<int>, std::vector<Problem>> FindColumns(const std::vector<std::string>& header,
                                                                 const std::vector<ColumnSpec>& specs) {
  std::vector<int> index(specs.size(), -1);
  std::vector<Problem> missing;
  for (std::size_t c = 0; c < specs.size(); ++c) {
    for (std::size_t h = 0; h < header.size() && index[c] < 0; ++h) {
      const std::string name = Lower(TrimBlanks(header[h]));
      for (const std::string_view alias : specs[c].names) {
        if (!alias.empty() && name == alias) index[c] = static_cast<int>(h);
      }
    }
    if (index[c] < 0 && specs[c].required) {
      missing.push_back(MakeError(ErrorCode::kMissingColumn, std::string(specs[c].names[1]), std::string(specs[c].names[0])));
    }
  }
  if (!missing.empty()) return tl::unexpected(std::move(missing));
  return index;
}

}  // namespace optagelse::text
