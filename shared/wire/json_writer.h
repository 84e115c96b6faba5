// A small streaming JSON writer for hot paths (one assessment line per pupil in batch runs), where
// building an nlohmann document per line costs more than the assessment itself. Appends to a string;
// the caller keeps the structure well formed (keys, commas) through the helpers.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace optagelse::wire {

class JsonWriter {
 public:
  explicit JsonWriter(std::string& out) : out_(out) {}

  void BeginObject() { Separate(); out_.append("{", 1); first_ = true; }
  void EndObject() { out_.append("}", 1); first_ = false; }
  void BeginArray() { Separate(); out_.append("[", 1); first_ = true; }
  void EndArray() { out_.append("]", 1); first_ = false; }
  void Key(std::string_view key);  // a fixed identifier of ours: written as is, not escaped
  void DataKey(std::string_view key);  // a key that is data (an institution number): escaped
  void String(std::string_view value);
  void Int(std::int64_t value);
  void UInt(std::uint64_t value);
  // A double as nlohmann/json writes it: digits that read back as the same double, "1.0" for a
  // whole number, null for infinity and NaN.
  void Double(double value);
  void Bool(bool value);
  void Null();
  // Already-serialised JSON (e.g. an id echoed as given).
  void Raw(std::string_view json);

 private:
  void Separate();
  void Escaped(std::string_view value);
  std::string& out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace optagelse::wire
