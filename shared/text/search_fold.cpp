// Search folding: see search_fold.h. Latin-1's capitals U+00C0-U+00DE (but not U+00D7, the
// multiplication sign) are two UTF-8 bytes, 0xC3 0x80-0x9E; their small letters are 0x20 above.
#include "text/search_fold.h"

namespace optagelse::text {

std::string FoldForSearch(std::string_view utf8) {
  std::string out(utf8);
  for (std::size_t i = 0; i < out.size(); ++i) {
    const auto byte = static_cast<unsigned char>(out[i]);
    if (byte >= 'A' && byte <= 'Z') {
      out[i] = static_cast<char>(byte + ('a' - 'A'));
    } else if (byte == 0xC3 && i + 1 < out.size()) {
      const auto next = static_cast<unsigned char>(out[i + 1]);
      if (next >= 0x80 && next <= 0x9E && next != 0x97) out[i + 1] = static_cast<char>(next + 0x20);
      ++i;
    }
  }
  return out;
}

}  // namespace optagelse::text
