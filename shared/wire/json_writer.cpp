// The streaming JSON writer: see json_writer.h. Strings are escaped per RFC 8259 (quote,
// backslash, control characters); UTF-8 passes through unchanged. Each token is one append (the
// per-character std::string calls are what made the first version slow).
#include "wire/json_writer.h"

#include <array>
#include <cstring>

#include "wire/json.h"

namespace optagelse::wire {

void JsonWriter::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_) out_.append(",", 1);
  first_ = false;
}

void JsonWriter::Key(std::string_view key) {
  // ,"key":  assembled on the stack; keys are the program's own identifiers: nothing to escape.
  std::array<char, 64> buffer;
  std::size_t length = 0;
  if (!after_key_ && !first_) buffer[length++] = ',';
  first_ = false;
  after_key_ = true;
  if (key.size() + 4 > buffer.size()) {
    out_.append(buffer.data(), length);
    out_.append("\"", 1).append(key).append("\":", 2);
    return;
  }
  buffer[length++] = '"';
  std::memcpy(buffer.data() + length, key.data(), key.size());
  length += key.size();
  buffer[length++] = '"';
  buffer[length++] = ':';
  out_.append(buffer.data(), length);
}

void JsonWriter::DataKey(std::string_view key) {
  if (!after_key_ && !first_) out_.append(",", 1);
  first_ = false;
  Escaped(key);
  out_.append(":", 1);
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  Separate();
  Escaped(value);
}

void JsonWriter::Escaped(std::string_view value) {
  static constexpr char kHex[] = "0123456789abcdef";
  out_.append("\"", 1);
  std::size_t run_start = 0;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const auto byte = static_cast<unsigned char>(value[i]);
    if (byte >= 0x20 && byte != '"' && byte != '\\') continue;
    out_.append(value.data() + run_start, i - run_start);
    if (byte < 0x20) {
      const char escape[] = {'\\', 'u', '0', '0', kHex[byte >> 4], kHex[byte & 15]};
      out_.append(escape, sizeof escape);
    } else {
      const char escape[] = {'\\', static_cast<char>(byte)};
      out_.append(escape, sizeof escape);
    }
    run_start = i + 1;
  }
  out_.append(value.data() + run_start, value.size() - run_start);
  out_.append("\"", 1);
}

void JsonWriter::Int(std::int64_t value) {
  Separate();
  out_ += std::to_string(value);
}

void JsonWriter::UInt(std::uint64_t value) {
  Separate();
  out_ += std::to_string(value);
}

void JsonWriter::Double(double value) {
  Separate();
  // nlohmann's own number formatting (round-trip digits, "1.0" for whole numbers, null for what
  // JSON cannot say): both writers then produce the same bytes, in native and WebAssembly builds.
  out_ += Dump(Json(value));
}

void JsonWriter::Bool(bool value) {
  Separate();
  if (value) out_.append("true", 4); else out_.append("false", 5);
}

void JsonWriter::Null() {
  Separate();
  out_.append("null", 4);
}

void JsonWriter::Raw(std::string_view json) {
  Separate();
  out_.append(json);
}

}  // namespace optagelse::wire
