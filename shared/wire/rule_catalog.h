// All rule sets the build knows, parsed and validated once; looked up by admission year.
#pragma once

#include <vector>

#include "retention/retention_plan.h"
#include "upv/rule_set.h"
#include "wire/embedded_rules.h"

namespace optagelse::wire {

class RuleCatalog {
 public:
  // Parses every embedded file; the first invalid one fails the whole catalog (field names the file),
  // as do retention periods that contradict the next year's opening (retention::ValidateCalendar).
  static Result<RuleCatalog> FromEmbedded();
  static Result<RuleCatalog> FromFiles(std::span<const EmbeddedRuleFile> files);

  // The rule set of an admission year, or kUnknownRuleYear.
  Result<const upv::RuleSet*> ForYear(int admission_year) const;
  std::vector<int> Years() const;
  int LatestYear() const;
  // Every year's retention rules with the day its round opens (years without either are left out).
  retention::RetentionCalendar Retention() const;

 private:
  std::vector<upv::RuleSet> rule_sets_;  // sorted by year
};

}  // namespace optagelse::wire
