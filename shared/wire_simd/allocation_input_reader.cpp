// The one-pass allocation input reader: see allocation_input_reader.h. Each Read* function returns
// false where the tree reader must take over; it never reports a Problem itself, so paths and codes
// are the tree reader's by construction. Semantics copied from allocation_wire.cpp: null means
// absent, text fields take a string or an integer, travel keys come out sorted (a JSON object's
// keys as nlohmann keeps them).
#include "wire_simd/allocation_input_reader.h"

#include <simdjson.h>

#include <algorithm>
#include <array>

#include "wire/allocation_wire.h"
#include "wire/json.h"

namespace optagelse::wire {
namespace {

namespace ondemand = simdjson::ondemand;
using allocation::IncomeGroup;

bool IsNull(ondemand::value& value) {
  ondemand::json_type type;
  return !value.type().get(type) && type == ondemand::json_type::null;
}

// A string, or an integer written as its digits ("institution": 101234 reads as "101234").
bool ReadText(ondemand::value value, std::string& out) {
  ondemand::json_type type;
  if (value.type().get(type)) return false;
  if (type == ondemand::json_type::string) {
    std::string_view text;
    if (value.get_string().get(text)) return false;
    out.assign(text);
    return true;
  }
  if (type != ondemand::json_type::number) return false;
  ondemand::number_type number_type;
  if (value.get_number_type().get(number_type)) return false;
  if (number_type == ondemand::number_type::signed_integer) {
    std::int64_t number;
    if (value.get_int64().get(number)) return false;
    out = std::to_string(number);
    return true;
  }
  if (number_type == ondemand::number_type::unsigned_integer) {
    std::uint64_t number;
    if (value.get_uint64().get(number)) return false;
    out = std::to_string(number);
    return true;
  }
  return false;  // a fraction or a huge number: the tree reader names the wrong type
}

// An integer that fits 64 signed bits; a fraction ("5.0") or anything else is refused.
bool ReadInteger(ondemand::value value, std::int64_t& out) { return !value.get_int64().get(out); }

// Bits for the members seen in one object: a repeated key goes to the tree reader (last one wins
// there, as nlohmann keeps objects).
class Seen {
 public:
  bool First(unsigned bit) {
    if (mask_ & (1u << bit)) return false;
    mask_ |= 1u << bit;
    return true;
  }
  bool Has(unsigned bit) const { return (mask_ & (1u << bit)) != 0; }

 private:
  unsigned mask_ = 0;
};

// Each member of an object: the position of its name in `names` and its value go to on_member; an
// unknown or repeated name, or a handler's false, makes it false. `seen` says which names came.
template <std::size_t N, typename OnMember>
bool EachMember(ondemand::object& object, const std::array<std::string_view, N>& names, Seen& seen, OnMember&& on_member) {
  for (auto member : object) {
    std::string_view key;
    ondemand::value value;
    if (member.unescaped_key().get(key) || member.value().get(value)) return false;
    const auto at = std::find(names.begin(), names.end(), key);
    if (at == names.end()) return false;
    const auto which = static_cast<unsigned>(at - names.begin());
    if (!seen.First(which) || !on_member(which, value)) return false;
  }
  return true;
}

// Each element of an array, which must be an object, to on_object; null is an empty list when
// `nullable` (a required list may not be null).
template <typename OnObject>
bool EachObject(ondemand::value value, bool nullable, OnObject&& on_object) {
  if (nullable && IsNull(value)) return true;
  ondemand::array array;
  if (value.get_array().get(array)) return false;
  for (auto element : array) {
    ondemand::object object;
    if (element.get_object().get(object) || !on_object(object)) return false;
  }
  return true;
}

// A text member that may be null (absent).
bool ReadOptionalText(ondemand::value value, std::string& out) { return IsNull(value) || ReadText(value, out); }

class FastReader {
 public:
  explicit FastReader(allocation::AllocationInput& input) : input_(input), institutions_(input) {}

  bool Document(ondemand::document& document) {
    ondemand::object root;
    if (document.get_object().get(root)) return false;
    static constexpr std::array<std::string_view, 5> kNames = {"rule_set", "seed", "zones", "programmes", "applicants"};
    Seen seen;
    const bool read = EachMember(root, kNames, seen, [&](unsigned which, ondemand::value value) {
      switch (which) {
        case 0: return RuleSet(value);
        case 1: return SeedOf(value);
        case 2: return EachObject(value, true, [&](ondemand::object& object) { return Zone(object); });
        case 3: return EachObject(value, false, [&](ondemand::object& object) { return Offer(object); });
        default: return EachObject(value, false, [&](ondemand::object& object) { return Applicant(object); });
      }
    });
    return read && seen.Has(3) && seen.Has(4);
  }

 private:
  bool RuleSet(ondemand::value value) {
    if (IsNull(value)) return true;
    std::string text;
    if (!ReadText(value, text)) return false;
    if (text.size() != 4 || text[0] == '0' || text.find_first_not_of("0123456789") != std::string::npos) return false;
    input_.rule_year = std::stoi(text);
    return true;
  }

  bool SeedOf(ondemand::value value) {
    if (IsNull(value)) return true;
    const std::string_view token = value.raw_json_token();
    if (token.empty() || token[0] == '-') return false;  // "-0" is signed there
    ondemand::number_type number_type;
    if (value.get_number_type().get(number_type)) return false;
    if (number_type != ondemand::number_type::signed_integer && number_type != ondemand::number_type::unsigned_integer) return false;
    return !value.get_uint64().get(input_.seed);
  }

  bool Zone(ondemand::object& object) {
    static constexpr std::array<std::string_view, 2> kNames = {"id", "kind"};
    allocation::Zone zone;
    std::string kind;
    Seen seen;
    const bool read = EachMember(object, kNames, seen, [&](unsigned which, ondemand::value value) {
      return ReadText(value, which == 0 ? zone.id : kind);
    });
    if (!read || !seen.Has(0) || (kind != "distance" && kind != "distribution")) return false;
    zone.kind = kind == "distribution" ? allocation::ZoneKind::kDistribution : allocation::ZoneKind::kDistance;
    input_.zones.push_back(std::move(zone));
    return true;
  }

  bool Offer(ondemand::object& object) {
    static constexpr std::array<std::string_view, 5> kNames = {"id", "institution", "programme", "capacity", "zone"};
    allocation::Offer offer;
    Seen seen;
    const bool read = EachMember(object, kNames, seen, [&](unsigned which, ondemand::value value) {
      switch (which) {
        case 0: return ReadText(value, offer.id);
        case 1: return ReadText(value, offer.institution);
        case 2: return ReadText(value, offer.programme);
        case 3: {
          std::int64_t seats = 0;
          if (!ReadInteger(value, seats)) return false;
          offer.capacity = seats < -1 || seats > 1000000 ? -1 : static_cast<int>(seats);
          return true;
        }
        default: return ReadOptionalText(value, offer.zone);
      }
    });
    if (!read || !seen.Has(0) || !seen.Has(1) || !seen.Has(2) || !seen.Has(3)) return false;
    input_.offers.push_back(std::move(offer));
    return true;
  }

  bool Applicant(ondemand::object& object) {
    static constexpr std::array<std::string_view, 5> kNames = {"id", "lottery", "income_group", "wishes", "travel_minutes"};
    allocation::Applicant applicant;
    Seen seen;
    const bool read = EachMember(object, kNames, seen, [&](unsigned which, ondemand::value value) {
      switch (which) {
        case 0: return ReadText(value, applicant.id);
        case 1: {
          if (IsNull(value)) return true;
          double lottery = 0;
          if (value.get_double().get(lottery)) return false;
          applicant.lottery = lottery;
          return true;
        }
        case 2: return Income(value, applicant.income);
        case 3: return EachObject(value, true, [&](ondemand::object& wish) { return Wish(wish, applicant); });
        default: return Travel(value, applicant);
      }
    });
    if (!read || !seen.Has(0)) return false;
    input_.applicants.push_back(std::move(applicant));
    return true;
  }

  static bool Wish(ondemand::object& object, allocation::Applicant& applicant) {
    static constexpr std::array<std::string_view, 2> kNames = {"programme", "forrang"};
    allocation::Wish wish;
    Seen seen;
    const bool read = EachMember(object, kNames, seen, [&](unsigned which, ondemand::value value) {
      return which == 0 ? ReadText(value, wish.offer) : ReadOptionalText(value, wish.forrang);
    });
    if (!read || !seen.Has(0)) return false;
    applicant.wishes.push_back(std::move(wish));
    return true;
  }

  static bool Income(ondemand::value value, IncomeGroup& income) {
    if (IsNull(value)) return true;
    std::string text;
    if (!ReadText(value, text)) return false;
    if (text.empty()) income = IncomeGroup::kUnknown;
    else if (text == "low") income = IncomeGroup::kLow;
    else if (text == "middle") income = IncomeGroup::kMiddle;
    else if (text == "high") income = IncomeGroup::kHigh;
    else return false;
    return true;
  }

  // Minutes by institution number. Keys are read raw (an escaped key goes to the tree reader) and
  // interned in sorted order, as the tree reader meets them. Neighbours in a file list mostly the
  // same institutions in the same order, so the previous applicant's keys are tried first.
  bool Travel(ondemand::value value, allocation::Applicant& applicant) {
    if (IsNull(value)) return true;
    ondemand::object object;
    if (value.get_object().get(object)) return false;
    scratch_.clear();
    for (auto member : object) {
      ondemand::raw_json_string raw_key;
      if (member.key().get(raw_key)) return false;
      // The key's bytes up to its closing quote (the buffer is padded: reading on is safe).
      const char* key = raw_key.raw();
      std::size_t length = 0;
      while (length < 64 && key[length] != '"' && key[length] != '\\') ++length;
      if (length == 64 || key[length] == '\\') return false;
      ondemand::value minutes_value;
      std::int64_t minutes = 0;
      if (member.value().get(minutes_value) || !ReadSmallInteger(minutes_value, minutes)) return false;
      scratch_.push_back({std::string_view(key, length), minutes < -1 || minutes > 100000 ? -1 : static_cast<int>(minutes), 0});
    }
    for (std::size_t i = 1; i < scratch_.size(); ++i) {
      if (!(scratch_[i - 1].key < scratch_[i].key)) return false;  // unsorted or repeated: the tree reader orders them
    }
    applicant.travel.reserve(scratch_.size());
    for (std::size_t i = 0; i < scratch_.size(); ++i) {
      Entry& entry = scratch_[i];
      const bool as_before = i < previous_.size() && previous_[i].key == entry.key;
      entry.institution = as_before ? previous_[i].institution : institutions_.Intern(entry.key);
      applicant.travel.push_back({entry.institution, entry.minutes});
    }
    previous_.swap(scratch_);  // the keys stay valid: they point into the document
    return true;
  }

  // Minutes are short integers: read from the token's digits when a delimiter follows them;
  // anything else (a sign, a fraction, an exponent, more than 9 digits, "5x") through simdjson's
  // number parser, which refuses what is not an integer.
  static bool ReadSmallInteger(ondemand::value value, std::int64_t& out) {
    const std::string_view token = value.raw_json_token();
    std::size_t digits = 0;
    std::int64_t number = 0;
    while (digits < token.size() && digits < 10 && token[digits] >= '0' && token[digits] <= '9') {
      number = number * 10 + (token[digits] - '0');
      ++digits;
    }
    const auto ends_number = [&](std::size_t at) {
      if (at == token.size()) return true;
      const char c = token[at];
      return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == '}' || c == ']';
    };
    const bool plain = digits > 0 && digits < 10 && (token[0] != '0' || digits == 1) && ends_number(digits);
    if (!plain) return ReadInteger(value, out);
    out = number;
    return true;
  }

  struct Entry {
    std::string_view key;
    int minutes = 0;
    std::uint32_t institution = 0;
  };

  allocation::AllocationInput& input_;
  allocation::InstitutionTable institutions_;
  std::vector<Entry> scratch_;
  std::vector<Entry> previous_;
};

}  // namespace

std::optional<allocation::AllocationInput> ReadAllocationInputFast(std::string& text) {
  const std::size_t length = text.size();
  if (text.capacity() < length + simdjson::SIMDJSON_PADDING) text.reserve(length + simdjson::SIMDJSON_PADDING);
  ondemand::parser parser;
  ondemand::document document;
  if (parser.iterate(simdjson::padded_string_view(text.data(), length, text.capacity())).get(document)) return std::nullopt;
  allocation::AllocationInput input;
  FastReader reader(input);
  if (!reader.Document(document)) return std::nullopt;
  // Nothing but whitespace may follow the document.
  const char* after = nullptr;
  if (!document.current_location().get(after)) return std::nullopt;
  return input;
}

Result<allocation::AllocationInput> ReadAllocationInput(std::string& text) {
  if (auto fast = ReadAllocationInputFast(text)) return std::move(*fast);
  auto json = ParseJson(text);
  if (!json) return Fail(json.error());
  return AllocationInputFromJson(*json);
}

}  // namespace optagelse::wire
