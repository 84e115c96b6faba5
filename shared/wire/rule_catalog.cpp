// The rule catalog: see rule_catalog.h.
#include "wire/rule_catalog.h"

#include <algorithm>

#include "wire/rule_set_wire.h"

namespace optagelse::wire {

Result<RuleCatalog> RuleCatalog::FromEmbedded() { return FromFiles(EmbeddedRuleFiles()); }

Result<RuleCatalog> RuleCatalog::FromFiles(std::span<const EmbeddedRuleFile> files) {
  RuleCatalog catalog;
  for (const EmbeddedRuleFile& file : files) {
    auto rules = RuleSetFromText(file.text);
    if (!rules) {
      Problem problem = rules.error();
      problem.field = std::string(file.name) + (problem.field.empty() ? "" : ": " + problem.field);
      return Fail(std::move(problem));
    }
    if (std::string(file.name) != std::to_string(rules->admission_year) + ".json") {
      return Fail(MakeError(ErrorCode::kRuleSetInvalid, std::string(file.name), "the file name must be the admission year"));
    }
    catalog.rule_sets_.push_back(std::move(*rules));
  }
  std::sort(catalog.rule_sets_.begin(), catalog.rule_sets_.end(),
            [](const upv::RuleSet& a, const upv::RuleSet& b) { return a.admission_year < b.admission_year; });
  if (auto problems = retention::ValidateCalendar(catalog.Retention()); !problems.empty()) return Fail(problems.front());
  return catalog;
}

Result<const upv::RuleSet*> RuleCatalog::ForYear(int admission_year) const {
  for (const upv::RuleSet& rules : rule_sets_) {
    if (rules.admission_year == admission_year) return &rules;
  }
  return Fail(MakeError(ErrorCode::kUnknownRuleYear, "rules", std::to_string(admission_year)));
}

std::vector<int> RuleCatalog::Years() const {
  std::vector<int> years;
  for (const upv::RuleSet& rules : rule_sets_) years.push_back(rules.admission_year);
  return years;
}

retention::RetentionCalendar RuleCatalog::Retention() const {
  retention::RetentionCalendar calendar;
  for (const upv::RuleSet& rules : rule_sets_) {
    if (rules.retention && rules.application) {
      calendar[rules.admission_year] = retention::YearCalendar{*rules.retention, rules.application->opens};
    }
  }
  return calendar;
}

int RuleCatalog::LatestYear() const { return rule_sets_.empty() ? 0 : rule_sets_.back().admission_year; }

}  // namespace optagelse::wire
