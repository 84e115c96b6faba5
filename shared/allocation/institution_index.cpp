// Institution numbers to indices: see institution_index.h.
#include "allocation/institution_index.h"

namespace optagelse::allocation {

std::uint32_t InstitutionIndex::Find(std::string_view number) const {
  if (const auto numeric = Numeric(number)) return *numeric < table_.size() ? table_[*numeric] : kNone;
  const auto it = others_.find(std::string(number));
  return it == others_.end() ? kNone : it->second;
}

void InstitutionIndex::Add(std::string_view number, std::uint32_t index) {
  if (const auto numeric = Numeric(number)) {
    if (table_.empty()) table_.assign(1'000'000, kNone);
    table_[*numeric] = index;
  } else {
    others_.emplace(std::string(number), index);
  }
}

std::optional<std::uint32_t> InstitutionIndex::Numeric(std::string_view number) {
  if (number.size() != 6) return std::nullopt;
  std::uint32_t value = 0;
  for (const char c : number) {
    if (c < '0' || c > '9') return std::nullopt;
    value = value * 10 + static_cast<std::uint32_t>(c - '0');
  }
  return value;
}

}  // namespace optagelse::allocation
