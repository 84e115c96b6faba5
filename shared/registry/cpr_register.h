// The CPR register as the core sees it: an interface a shell implements (the server from its
// database, the command-line tool from a register file). The register, not the number's format,
// decides whether a person exists (docs/domain.md "CPR numbers": numbers not found are filtered out).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>
#include <unordered_map>

#include "registry/registry_types.h"

namespace optagelse::registry {

enum class RegisterStatus { kRegistered, kAdministrative, kNotInRegister };

class CprRegister {
 public:
  virtual ~CprRegister() = default;
  // The person with this normalized CPR number, if the register has them.
  virtual std::optional<Person> Lookup(std::string_view normalized_cpr) const = 0;
  // Whether the register has the number and how; a register may answer this faster than Lookup.
  virtual RegisterStatus Classify(std::string_view normalized_cpr) const;
  // These numbers are about to be classified: a register that can look many up at once (a
  // database) does it now and answers Classify from memory. By default, nothing.
  virtual void Prefetch(const std::vector<std::string>& /*normalized_cprs*/) const {}
};

// A register held in memory, built from a dataset (register file or demo data).
class InMemoryRegister final : public CprRegister {
 public:
  explicit InMemoryRegister(const Dataset& dataset);
  std::optional<Person> Lookup(std::string_view normalized_cpr) const override;

 private:
  std::unordered_map<std::string, Person> persons_;
};

RegisterStatus ClassifyInRegister(const CprRegister& cpr_register, std::string_view normalized_cpr);
std::string_view RegisterStatusName(RegisterStatus status);  // "registered", "administrative", "not-in-register"

}  // namespace optagelse::registry
