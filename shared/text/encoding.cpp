// UTF-8 validation and Windows-1252 decoding: see encoding.h.
#include "text/encoding.h"

#include <array>
#include <cstdint>

namespace optagelse::text {
namespace {

// Windows-1252 bytes 0x80-0x9F as Unicode code points; 0 where the code page defines nothing.
constexpr std::array<std::uint16_t, 32> kHighControls = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

void AppendUtf8(std::string& out, std::uint32_t code_point) {
  if (code_point < 0x80) {
    out += static_cast<char>(code_point);
  } else if (code_point < 0x800) {
    out += static_cast<char>(0xC0 | (code_point >> 6));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code_point >> 12));
    out += static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code_point & 0x3F));
  }
}

std::string_view StripBom(std::string_view bytes) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
  return bytes;
}

}  // namespace

bool IsValidUtf8(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto b = static_cast<unsigned char>(bytes[i]);
    int extra = 0;
    std::uint32_t min = 0;
    if (b < 0x80) { ++i; continue; }
    if ((b & 0xE0) == 0xC0) { extra = 1; min = 0x80; }
    else if ((b & 0xF0) == 0xE0) { extra = 2; min = 0x800; }
    else if ((b & 0xF8) == 0xF0) { extra = 3; min = 0x10000; }
    else return false;
    if (i + static_cast<std::size_t>(extra) >= bytes.size()) return false;
    std::uint32_t code_point = b & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
      const auto c = static_cast<unsigned char>(bytes[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      code_point = (code_point << 6) | (c & 0x3F);
    }
    if (code_point < min || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) return false;
    i += static_cast<std::size_t>(extra) + 1;
  }
  return true;
}

Result<std::string> DecodeToUtf8(std::string_view bytes, Encoding encoding) {
  bytes = StripBom(bytes);
  if (bytes.find('\0') != std::string_view::npos) {
    return Fail(MakeError(ErrorCode::kInvalidEncoding, "file", "NUL"));
  }
  const bool utf8 = IsValidUtf8(bytes);
  if (encoding == Encoding::kUtf8 || (encoding == Encoding::kDetect && utf8)) {
    if (!utf8) return Fail(MakeError(ErrorCode::kInvalidEncoding, "file", "UTF-8"));
    return std::string(bytes);
  }
  std::string out;
  out.reserve(bytes.size() + bytes.size() / 8);
  for (const char c : bytes) {
    const auto b = static_cast<unsigned char>(c);
    if (b < 0x80 || b >= 0xA0) {
      AppendUtf8(out, b);
    } else if (const std::uint16_t mapped = kHighControls[b - 0x80]; mapped != 0) {
      AppendUtf8(out, mapped);
    } else {
      return Fail(MakeError(ErrorCode::kInvalidEncoding, "file", "Windows-1252"));
    }
  }
  return out;
}

}  // namespace optagelse::text
