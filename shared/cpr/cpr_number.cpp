// CPR number classification: see cpr_number.h. Written to allocate nothing on the common path,
// because imports check hundreds of thousands of numbers at a time.
#include "cpr/cpr_number.h"

#include <array>

namespace optagelse::cpr {
namespace {

constexpr bool IsDigit(char c) { return c >= '0' && c <= '9'; }
constexpr bool IsAsciiLetter(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); }
constexpr bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
constexpr char Upper(char c) { return (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c; }
constexpr int TwoDigits(const char* p) { return (p[0] - '0') * 10 + (p[1] - '0'); }

std::string_view Trim(std::string_view text) {
  while (!text.empty() && IsBlank(text.front())) text.remove_prefix(1);
  while (!text.empty() && IsBlank(text.back())) text.remove_suffix(1);
  return text;
}

CprCheck Malformed(ErrorCode code, std::string detail = {}) {
  CprCheck check;
  check.status = CprStatus::kMalformed;
  check.reason = MakeError(code, std::string(kCprField), std::move(detail));
  return check;
}

// Number of characters (UTF-8 code points) in text, for messages that count what the user typed.
std::size_t CharacterCount(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) count += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return count;
}

// The ten characters of the number without its hyphen, or the problem that prevents that. Kept
// small and trivially constructible: it is built for every number checked.
struct Compacted {
  std::array<char, 10> chars;
  bool ok;
  ErrorCode error;
  int detail;  // position or length for the message; -1 for none
};

Compacted CompactFailure(ErrorCode error, int detail) { return Compacted{{}, false, error, detail}; }

Compacted Compact(std::string_view text) {
  Compacted out;
  out.ok = true;
  const int length = static_cast<int>(CharacterCount(text));
  int position = 0;  // 1-based character position in the trimmed input
  std::size_t kept = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const unsigned char byte = static_cast<unsigned char>(text[i]);
    if ((byte & 0xC0) == 0x80) continue;  // continuation byte of the character before
    ++position;
    if (byte >= 0x80) return CompactFailure(ErrorCode::kCprInvalidCharacter, position);
    if (text[i] == '-') {
      if (position != 7 || length != 11) {
        return length == 11 ? CompactFailure(ErrorCode::kCprMisplacedHyphen, -1)
                            : CompactFailure(ErrorCode::kCprWrongLength, length);
      }
      continue;
    }
    if (kept == out.chars.size()) break;
    out.chars[kept++] = text[i];
  }
  if (length != 10 && !(length == 11 && text.size() == 11 && text[6] == '-')) {
    return CompactFailure(ErrorCode::kCprWrongLength, length);
  }
  return out;
}

// Maps a position in the compact number back to the position the user typed it at.
std::string TypedPosition(std::string_view trimmed, int compact_index) {
  const bool has_hyphen = trimmed.size() == 11;
  return std::to_string(compact_index + 1 + (has_hyphen && compact_index >= 6 ? 1 : 0));
}

}  // namespace

int BirthYear(int seventh_digit, int two_digit_year) {
  const int yy = two_digit_year;
  if (seventh_digit <= 3) return 1900 + yy;
  if (seventh_digit == 4 || seventh_digit == 9) return (yy <= 36 ? 2000 : 1900) + yy;
  return (yy <= 57 ? 2000 : 1800) + yy;  // 5-8
}

bool PassesModulus11(std::string_view ten_digits) {
  constexpr int kWeights[] = {4, 3, 2, 7, 6, 5, 4, 3, 2, 1};
  if (ten_digits.size() != 10) return false;
  int sum = 0;
  for (int i = 0; i < 10; ++i) {
    if (!IsDigit(ten_digits[i])) return false;
    sum += (ten_digits[i] - '0') * kWeights[i];
  }
  return sum % 11 == 0;
}

CprCheck CheckCpr(std::string_view input) {
  const std::string_view trimmed = Trim(input);
  if (trimmed.empty()) return Malformed(ErrorCode::kCprEmpty);
  const Compacted compact = Compact(trimmed);
  if (!compact.ok) return Malformed(compact.error, compact.detail < 0 ? std::string() : std::to_string(compact.detail));
  const std::array<char, 10>& c = compact.chars;

  // Date digits must be digits; the serial may be digits, or letters in positions 7-9.
  bool serial_has_letters = false;
  for (int i = 0; i < 10; ++i) {
    if (IsDigit(c[i])) continue;
    if (i >= 6 && i <= 8 && IsAsciiLetter(c[i])) {
      serial_has_letters = true;
      continue;
    }
    return Malformed(ErrorCode::kCprInvalidCharacter, TypedPosition(trimmed, i));
  }

  CprCheck check;
  check.normalized.assign(c.data(), c.size());
  if (serial_has_letters) {
    for (char& letter : check.normalized) letter = Upper(letter);
  }
  const int day_digits = TwoDigits(&c[0]);
  const int month = TwoDigits(&c[2]);
  const int yy = TwoDigits(&c[4]);
  const bool day_plus_60 = day_digits >= 61 && day_digits <= 91;
  const int day = day_plus_60 ? day_digits - 60 : day_digits;
  // Without a 7th digit the century is unknown; a leap day is then judged by the 1900s/2000s.
  const int year = IsDigit(c[6]) ? BirthYear(c[6] - '0', yy) : 2000 + yy;
  if (!IsValidDate(year, month, day)) {
    return Malformed(ErrorCode::kCprImpossibleDate, check.normalized.substr(0, 6));
  }
  if (IsDigit(c[6])) check.birth_date = Date{year, month, day};
  if (IsDigit(c[9])) check.sex = ((c[9] - '0') % 2 == 1) ? Sex::kMale : Sex::kFemale;

  if (serial_has_letters) {
    check.status = CprStatus::kFictitious;
    check.reason = MakeError(ErrorCode::kCprFictitiousLetters, std::string(kCprField));
    return check;
  }
  check.mod11 = PassesModulus11(check.normalized);
  if (day_plus_60) {
    check.status = CprStatus::kFictitious;
    check.reason = MakeError(ErrorCode::kCprFictitiousDayPlus60, std::string(kCprField));
    return check;
  }
  check.status = CprStatus::kValidFormat;
  if (!*check.mod11) check.warning = MakeWarning(ErrorCode::kCprModulus11Failed, std::string(kCprField));
  return check;
}

std::string_view StatusName(CprStatus status) {
  switch (status) {
    case CprStatus::kValidFormat: return "valid-format";
    case CprStatus::kFictitious: return "fictitious";
    case CprStatus::kMalformed: return "malformed";
  }
  return "malformed";
}

std::string_view SexName(Sex sex) { return sex == Sex::kMale ? "male" : "female"; }

std::string FormatWithHyphen(std::string_view normalized) {
  if (normalized.size() != 10) return std::string(normalized);
  std::string out(normalized.substr(0, 6));
  out += '-';
  out += normalized.substr(6);
  return out;
}

}  // namespace optagelse::cpr
