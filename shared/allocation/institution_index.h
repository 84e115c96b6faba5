// Institution numbers to small indices. INSTNR are six digits: those go through a flat table (the
// millions of travel entries of a national input are looked up here); anything else through a map.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace optagelse::allocation {

class InstitutionIndex {
 public:
  static constexpr std::uint32_t kNone = 0xFFFFFFFF;
  std::uint32_t Find(std::string_view number) const;
  void Add(std::string_view number, std::uint32_t index);

 private:
  static std::optional<std::uint32_t> Numeric(std::string_view number);
  std::vector<std::uint32_t> table_;
  std::unordered_map<std::string, std::uint32_t> others_;
};

}  // namespace optagelse::allocation
