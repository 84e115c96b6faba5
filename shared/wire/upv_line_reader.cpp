// The fast batch-line reader: see upv_line_reader.h. A tiny recursive-descent scanner over one
// line; any surprise returns nullopt and the general reader takes over.
#include "wire/upv_line_reader.h"

#include <algorithm>
#include <cstdint>

#include "upv/grade_scale.h"

namespace optagelse::wire {
namespace {

class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {}

  void SkipSpace() {
    while (pos_ < text_.size() && (text_[pos_] == ' ' || text_[pos_] == '\t' || text_[pos_] == '\n' || text_[pos_] == '\r')) ++pos_;
  }
  bool Eat(char c) {
    SkipSpace();
    if (pos_ < text_.size() && text_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  char Peek() {
    SkipSpace();
    return pos_ < text_.size() ? text_[pos_] : '\0';
  }
  bool AtEnd() {
    SkipSpace();
    return pos_ == text_.size();
  }

  // A string without escapes or control characters, valid UTF-8.
  std::optional<std::string_view> String() {
    if (!Eat('"')) return std::nullopt;
    const std::size_t start = pos_;
    while (pos_ < text_.size()) {
      const auto byte = static_cast<unsigned char>(text_[pos_]);
      if (byte == '"') return text_.substr(start, pos_++ - start);
      if (byte == '\\' || byte < 0x20) return std::nullopt;
      if (byte < 0x80) {
        ++pos_;
        continue;
      }
      const int length = byte >= 0xF0 && byte < 0xF5 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 && byte < 0xE0 ? 2 : 0;
      if (length == 0 || pos_ + static_cast<std::size_t>(length) > text_.size()) return std::nullopt;
      for (int i = 1; i < length; ++i) {
        if ((static_cast<unsigned char>(text_[pos_ + static_cast<std::size_t>(i)]) & 0xC0) != 0x80) return std::nullopt;
      }
      // Overlong three-byte forms, surrogates and values past U+10FFFF are rare enough to decline.
      const auto second = static_cast<unsigned char>(text_[pos_ + 1]);
      if ((byte == 0xE0 && second < 0xA0) || (byte == 0xED && second >= 0xA0) || (byte == 0xF0 && second < 0x90) ||
          (byte == 0xF4 && second >= 0x90)) {
        return std::nullopt;
      }
      pos_ += static_cast<std::size_t>(length);
    }
    return std::nullopt;
  }

  // An integer in canonical JSON form (no fraction, exponent or leading zeros), |value| <= limit.
  std::optional<std::int64_t> Integer(std::int64_t limit) {
    SkipSpace();
    const std::size_t start = pos_;
    if (pos_ < text_.size() && text_[pos_] == '-') ++pos_;
    const std::size_t digits_start = pos_;
    std::int64_t value = 0;
    while (pos_ < text_.size() && text_[pos_] >= '0' && text_[pos_] <= '9') {
      value = value * 10 + (text_[pos_++] - '0');
      if (value > limit) return std::nullopt;
    }
    const std::size_t digits = pos_ - digits_start;
    if (digits == 0 || (digits > 1 && text_[digits_start] == '0')) return std::nullopt;
    if (pos_ < text_.size() && (text_[pos_] == '.' || text_[pos_] == 'e' || text_[pos_] == 'E')) return std::nullopt;
    if (text_[start] == '-' && value == 0) return std::nullopt;  // "-0" dumps as "0": decline
    return text_[start] == '-' ? -value : value;
  }

  std::optional<bool> Boolean() {
    SkipSpace();
    if (text_.substr(pos_, 4) == "true") {
      pos_ += 4;
      return true;
    }
    if (text_.substr(pos_, 5) == "false") {
      pos_ += 5;
      return false;
    }
    return std::nullopt;
  }

  bool Null() {
    SkipSpace();
    if (text_.substr(pos_, 4) != "null") return false;
    pos_ += 4;
    return true;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::optional<int> Grade(Scanner& scanner) {
  if (scanner.Peek() == '"') {
    const auto text = scanner.String();
    return text ? upv::ParseGrade(*text) : std::nullopt;
  }
  const auto grade = scanner.Integer(1000);
  return grade ? std::optional<int>(static_cast<int>(*grade)) : std::nullopt;
}

std::string Lower(std::string_view text) {
  std::string lower(text);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return lower;
}

// {"subject": grade | [grade, ...], ...}, sorted by the key as written (as an nlohmann object is).
bool Subjects(Scanner& scanner, std::vector<upv::SubjectGrades>& out) {
  if (!scanner.Eat('{')) return false;
  std::vector<std::pair<std::string_view, std::vector<int>>> read;
  if (!scanner.Eat('}')) {
    do {
      const auto key = scanner.String();
      if (!key || !scanner.Eat(':')) return false;
      std::vector<int> grades;
      if (scanner.Eat('[')) {
        if (!scanner.Eat(']')) {
          do {
            const auto grade = Grade(scanner);
            if (!grade || grades.size() == upv::kMaxGradesPerSubject) return false;
            grades.push_back(*grade);
          } while (scanner.Eat(','));
          if (!scanner.Eat(']')) return false;
        }
      } else {
        const auto grade = Grade(scanner);
        if (!grade) return false;
        grades.push_back(*grade);
      }
      read.emplace_back(*key, std::move(grades));
    } while (scanner.Eat(','));
    if (!scanner.Eat('}')) return false;
  }
  if (read.size() > upv::kMaxSubjects) return false;
  std::sort(read.begin(), read.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  for (std::size_t i = 1; i < read.size(); ++i) {
    if (read[i].first == read[i - 1].first) return false;  // a repeated key: leave it to the general reader
  }
  for (auto& [key, grades] : read) out.push_back(upv::SubjectGrades{Lower(key), std::move(grades)});
  return true;
}

}  // namespace

std::optional<FastUpvLine> TryReadUpvLineFast(std::string_view line) {
  Scanner scanner(line);
  FastUpvLine result;
  result.raw_id = "null";
  if (!scanner.Eat('{')) return std::nullopt;
  unsigned seen = 0;
  bool has_level = false;
  if (!scanner.Eat('}')) {
    do {
      const auto key = scanner.String();
      if (!key || !scanner.Eat(':')) return std::nullopt;
      static constexpr std::string_view kKeys[] = {"id", "grade_level", "standpunkt", "exam", "personal", "social", "practical"};
      const auto known = std::find(std::begin(kKeys), std::end(kKeys), *key);
      if (known == std::end(kKeys)) return std::nullopt;
      const unsigned bit = 1u << (known - std::begin(kKeys));
      if (seen & bit) return std::nullopt;
      seen |= bit;
      if (*key == "id") {
        if (scanner.Null()) continue;
        if (scanner.Peek() == '"') {
          const auto id = scanner.String();
          if (!id) return std::nullopt;
          result.input.id = std::string(*id);
          result.raw_id = "\"" + result.input.id + "\"";
        } else {
          const auto id = scanner.Integer(999'999'999'999'999);
          if (!id) return std::nullopt;
          result.raw_id = std::to_string(*id);
          result.input.id = result.raw_id;
        }
      } else if (*key == "grade_level") {
        const auto level = scanner.Integer(1000);
        if (!level) return std::nullopt;
        result.input.grade_level = (*level < 0 || *level > 100) ? -1 : static_cast<int>(*level);
        has_level = true;
      } else if (*key == "standpunkt" || *key == "exam") {
        if (!Subjects(scanner, *key == "exam" ? result.input.exam : result.input.standpunkt)) return std::nullopt;
      } else {
        if (scanner.Null()) continue;
        const auto flag = scanner.Boolean();
        if (!flag) return std::nullopt;
        (*key == "personal" ? result.input.personal : *key == "social" ? result.input.social : result.input.practical) = *flag;
      }
    } while (scanner.Eat(','));
    if (!scanner.Eat('}')) return std::nullopt;
  }
  if (!has_level || !scanner.AtEnd()) return std::nullopt;
  return result;
}

}  // namespace optagelse::wire
