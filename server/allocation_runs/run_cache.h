// Allocation results in memory, computed from a run's stored snapshot: the engine is deterministic,
// so an applicant's explanation or an institution's list is recomputed rather than stored for all
// 50,000 applicants, and each recomputation is checked against the stored result's SHA-256.
// Holds the last few runs; call with the database lock held.
#pragma once

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "allocation/allocation_engine.h"
#include "wire/json.h"
#include "wire/rule_catalog.h"

namespace optagelse::allocation_runs {

struct ComputedRun {
  allocation::AllocationInput input;
  allocation::AllocationRules rules;
  allocation::AllocationResult result;  // points into input and rules: never move a ComputedRun
  std::string result_json;              // compact, without explanations: what is stored and hashed
  std::unordered_map<std::string, std::size_t> applicant_index;
};

// Runs the allocation on an input; every problem with the input when it is invalid.
tl::expected<std::unique_ptr<ComputedRun>, std::vector<Problem>> ComputeRun(const wire::RuleCatalog& catalog,
                                                                            allocation::AllocationInput input);
// The same on an input document.
tl::expected<std::unique_ptr<ComputedRun>, std::vector<Problem>> ComputeRun(const wire::RuleCatalog& catalog,
                                                                            const wire::Json& input);

class RunCache {
 public:
  // The run's computed result, from the cache or recomputed from input_json; a result that does
  // not hash to expected_sha256 is a kInternal problem (it must never happen).
  Result<std::shared_ptr<const ComputedRun>> Get(const wire::RuleCatalog& catalog, std::int64_t run_id,
                                                 const std::string& input_json, const std::string& expected_sha256);
  // Forgets every run (the retention job deleted runs from the database).
  void Clear() { runs_.clear(); }

 private:
  static constexpr std::size_t kCapacity = 4;
  std::vector<std::pair<std::int64_t, std::shared_ptr<const ComputedRun>>> runs_;  // most recent last
};

}  // namespace optagelse::allocation_runs
