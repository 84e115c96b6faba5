// Text made comparable for searching: lower case for ASCII and the Latin-1 letters Danish uses
// (Æ -> æ, Ø -> ø, Å -> å, É -> é, ...), in UTF-8, so "ærø" finds "Ærø Gymnasium".
#pragma once

#include <string>
#include <string_view>

namespace optagelse::text {

std::string FoldForSearch(std::string_view utf8);

}  // namespace optagelse::text
