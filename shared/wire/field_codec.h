// Typed answers on the wire, each shape written once: a struct names its members in one list
// (`WireFields`, found by argument-dependent lookup), and from that list this file writes the JSON,
// reads it back with every member's type checked (a problem names the member's path, e.g.
// "attachments[2].size"), and describes the shape for docs/api-answers.md. The server writes with
// EncodeAnswer and the app reads with DecodeAnswer, so a renamed member changes both, or neither.
//
//   struct AttachmentInfo { std::string sha256; std::int64_t size = 0; };
//   constexpr auto WireFields(const AttachmentInfo*) {
//     return std::tuple{Member{"sha256", &AttachmentInfo::sha256, "the file's fingerprint"},
//                       Member{"size", &AttachmentInfo::size, "bytes"}};
//   }
//
// Members may be text, whole numbers, decimals, booleans, std::optional (null or absent), std::vector
// (an array) or another such struct; a struct member listed as `Inline{&T::member, "..."}` is
// written inline (its members at this level: an answer that is another answer with more members); a wire::Json member passes through untyped (a part whose own
// answer is not typed yet: its meaning says where it is described). Members the reader does not know are ignored, so an older app
// can read a newer server's answer (wire::kProtocolVersion says when that is not enough).
#pragma once

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "wire/json.h"

namespace optagelse::wire {

template <class T, class M>
struct Member {
  const char* name;
  M T::*pointer;
  const char* meaning;  // one line for the docs
  static constexpr bool kInline = false;
};
template <class T, class M>
Member(const char*, M T::*, const char*) -> Member<T, M>;

template <class T, class M>
struct Inline {
  M T::*pointer;
  const char* meaning;
  static constexpr bool kInline = true;
};
template <class T, class M>
Inline(M T::*, const char*) -> Inline<T, M>;

namespace field_codec {

template <class T>
struct IsOptional : std::false_type {};
template <class U>
struct IsOptional<std::optional<U>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class U>
struct IsVector<std::vector<U>> : std::true_type {};

template <class T>
constexpr bool kIsScalar = std::is_same_v<T, std::string> || std::is_same_v<T, bool> || std::is_arithmetic_v<T> ||
                           std::is_same_v<T, Json>;

inline Problem WrongType(const std::string& path, const char* expected) {
  return MakeError(ErrorCode::kWrongFieldType, path, expected);
}

template <class T>
const char* TypeName() {
  if constexpr (std::is_same_v<T, std::string>) return "text";
  else if constexpr (std::is_same_v<T, bool>) return "true/false";
  else if constexpr (std::is_integral_v<T>) return "whole number";
  else if constexpr (std::is_arithmetic_v<T>) return "number";
  else if constexpr (IsVector<T>::value) return "list";
  else if constexpr (std::is_same_v<T, Json>) return "JSON";
  else return "object";
}

}  // namespace field_codec

template <class T>
Json EncodeAnswer(const T& value) {
  using namespace field_codec;
  if constexpr (kIsScalar<T>) {
    return Json(value);
  } else if constexpr (IsOptional<T>::value) {
    return value ? EncodeAnswer(*value) : Json(nullptr);
  } else if constexpr (IsVector<T>::value) {
    Json list = Json::array();
    for (const auto& item : value) list.push_back(EncodeAnswer(item));
    return list;
  } else {
    Json object = Json::object();
    const auto write_member = [&](const auto& member) {
      if constexpr (std::decay_t<decltype(member)>::kInline) {
        Json inner = EncodeAnswer(value.*(member.pointer));
        for (auto it = inner.begin(); it != inner.end(); ++it) object[it.key()] = std::move(it.value());
      } else {
        object[member.name] = EncodeAnswer(value.*(member.pointer));
      }
    };
    std::apply([&](const auto&... member) { (write_member(member), ...); }, WireFields(static_cast<const T*>(nullptr)));
    return object;
  }
}


template <class T>
Result<void> DecodeInto(const Json& json, T& out, const std::string& path);
template <class T>
void DescribeAnswer(const std::string& path, std::string& out);

namespace field_codec {

// One member of `out` from the object `json` (at `path`).
template <class T, class Listed>
Result<void> ReadMember(const Json& json, T& out, const std::string& path, const Listed& member) {
  if constexpr (Listed::kInline) {
    return DecodeInto(json, out.*(member.pointer), path);  // its members are this object's
  } else {
    using MemberType = std::remove_reference_t<decltype(out.*(member.pointer))>;
    const std::string member_path = path.empty() ? member.name : path + "." + member.name;
    const auto found = json.find(member.name);
    if (found != json.end()) return DecodeInto(*found, out.*(member.pointer), member_path);
    // An optional member may be absent; so may an untyped JSON one (it reads as null).
    if constexpr (IsOptional<MemberType>::value || std::is_same_v<MemberType, Json>) return {};
    return Fail(MakeError(ErrorCode::kMissingField, member_path));
  }
}

// One member's line(s) of the table for T.
template <class T, class Listed>
void DescribeMember(const std::string& path, const Listed& member, std::string& out) {
  using MemberType = std::remove_cv_t<std::remove_reference_t<decltype(std::declval<T&>().*(member.pointer))>>;
  if constexpr (Listed::kInline) {
    DescribeAnswer<MemberType>(path, out);  // its members are listed at this level
  } else {
    const std::string member_path = path.empty() ? member.name : path + "." + member.name;
    std::string type;
    if constexpr (IsOptional<MemberType>::value) {
      type = std::string(TypeName<typename MemberType::value_type>()) + " or null";
    } else if constexpr (IsVector<MemberType>::value) {
      type = std::string("list of ") + TypeName<typename MemberType::value_type>();
    } else {
      type = TypeName<MemberType>();
    }
    out += "| `" + member_path + "` | " + type + " | " + member.meaning + " |\n";
    DescribeAnswer<MemberType>(member_path, out);
  }
}

}  // namespace field_codec

// Reads `json` into `out`; `path` names it in a problem ("" for the answer itself).
template <class T>
Result<void> DecodeInto(const Json& json, T& out, const std::string& path) {
  using namespace field_codec;
  if constexpr (std::is_same_v<T, Json>) {
    out = json;
  } else if constexpr (std::is_same_v<T, std::string>) {
    if (!json.is_string()) return Fail(WrongType(path, "string"));
    out = json.get<std::string>();
  } else if constexpr (std::is_same_v<T, bool>) {
    if (!json.is_boolean()) return Fail(WrongType(path, "boolean"));
    out = json.get<bool>();
  } else if constexpr (std::is_integral_v<T>) {
    constexpr auto kInt64Max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (!json.is_number_integer() || (json.is_number_unsigned() && json.get<std::uint64_t>() > kInt64Max)) {
      return Fail(WrongType(path, "integer"));
    }
    const auto number = json.get<std::int64_t>();
    if (number < static_cast<std::int64_t>(std::numeric_limits<T>::min()) ||
        number > static_cast<std::int64_t>(std::numeric_limits<T>::max())) {
      return Fail(WrongType(path, "integer"));
    }
    out = static_cast<T>(number);
  } else if constexpr (std::is_arithmetic_v<T>) {
    if (!json.is_number()) return Fail(WrongType(path, "number"));
    out = json.get<T>();
  } else if constexpr (IsOptional<T>::value) {
    if (json.is_null()) {
      out.reset();
    } else {
      typename T::value_type inner{};
      if (auto read = DecodeInto(json, inner, path); !read) return read;
      out = std::move(inner);
    }
  } else if constexpr (IsVector<T>::value) {
    if (!json.is_array()) return Fail(WrongType(path, "array"));
    out.clear();
    out.reserve(json.size());
    for (std::size_t i = 0; i < json.size(); ++i) {
      typename T::value_type item{};
      if (auto read = DecodeInto(json[i], item, path + "[" + std::to_string(i) + "]"); !read) return read;
      out.push_back(std::move(item));
    }
  } else {
    if (!json.is_object()) return Fail(WrongType(path, "object"));
    Result<void> outcome;
    std::apply([&](const auto&... member) {  // member by member, stopping at the first problem
      (... && (outcome = field_codec::ReadMember(json, out, path, member)).has_value());
    }, WireFields(static_cast<const T*>(nullptr)));
    return outcome;
  }
  return {};
}

template <class T>
Result<T> DecodeAnswer(const Json& json) {
  T out{};
  if (auto read = DecodeInto(json, out, ""); !read) return Fail(read.error());
  return out;
}

// The answer's text (an HTTP body) read into its type: invalid JSON or a wrong member is a problem.
template <class T>
Result<T> DecodeAnswerText(std::string_view body) {
  auto json = ParseJson(body);
  if (!json) return Fail(json.error());
  return DecodeAnswer<T>(*json);
}

// One line per member, depth first: "| `attachments[].size` | whole number | bytes |".
template <class T>
void DescribeAnswer(const std::string& path, std::string& out) {
  using namespace field_codec;
  if constexpr (IsOptional<T>::value) {
    DescribeAnswer<typename T::value_type>(path, out);
  } else if constexpr (IsVector<T>::value) {
    DescribeAnswer<typename T::value_type>(path + "[]", out);
  } else if constexpr (!kIsScalar<T>) {
    std::apply([&](const auto&... member) { (field_codec::DescribeMember<T>(path, member, out), ...); },
               WireFields(static_cast<const T*>(nullptr)));
  }
}

}  // namespace optagelse::wire
