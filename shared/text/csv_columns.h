// Finding an import file's columns by name: each column has a few accepted names (Danish and
// English, compared without case and surrounding blanks), and every missing required column is
// reported at once so the person fixing the file sees all of it.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"

namespace optagelse::text {

struct ColumnSpec {
  std::array<std::string_view, 4> names;  // [0] canonical (the template's), [1] the field name in problems
  bool required = true;
};

// Per spec, the index of its column in the header or -1 (optional and absent).
tl::expected<std::vector<int>, std::vector<Problem>> FindColumns(const std::vector<std::string>& header,
                                                                 const std::vector<ColumnSpec>& specs);

// A field with surrounding blanks and tabs removed.
std::string TrimBlanks(std::string_view text);

}  // namespace optagelse::text
