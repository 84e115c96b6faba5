// Computing and caching allocation runs: see run_cache.h.
#include "allocation_runs/run_cache.h"

#include "crypto/digest.h"
#include "wire/allocation_wire.h"
#include "wire_simd/allocation_input_reader.h"

namespace optagelse::allocation_runs {

tl::expected<std::unique_ptr<ComputedRun>, std::vector<Problem>> ComputeRun(const wire::RuleCatalog& catalog,
                                                                            const wire::Json& json) {
  auto input = wire::AllocationInputFromJson(json);
  if (!input) return tl::unexpected(std::vector<Problem>{input.error()});
  return ComputeRun(catalog, std::move(*input));
}

tl::expected<std::unique_ptr<ComputedRun>, std::vector<Problem>> ComputeRun(const wire::RuleCatalog& catalog,
                                                                            allocation::AllocationInput input) {
  auto rule_set = catalog.ForYear(input.rule_year ? input.rule_year : catalog.LatestYear());
  if (!rule_set) return tl::unexpected(std::vector<Problem>{MakeError(ErrorCode::kUnknownRuleYear, "rule_set", std::to_string(input.rule_year))});
  auto run = std::make_unique<ComputedRun>();
  run->input = std::move(input);
  run->input.rule_year = (*rule_set)->admission_year;
  run->rules = (*rule_set)->allocation;
  auto result = allocation::Allocate(run->input, run->rules);
  if (!result) return tl::unexpected(std::move(result.error()));
  run->result = std::move(*result);
  wire::WriteAllocationResult(run->result, false, wire::TextLanguages::kNone, run->result_json);  // the tree's bytes, streamed
  for (std::size_t a = 0; a < run->input.applicants.size(); ++a) run->applicant_index.emplace(run->input.applicants[a].id, a);
  return run;
}

Result<std::shared_ptr<const ComputedRun>> RunCache::Get(const wire::RuleCatalog& catalog, std::int64_t run_id,
                                                         const std::string& input_json, const std::string& expected_sha256) {
  for (std::size_t i = 0; i < runs_.size(); ++i) {
    if (runs_[i].first != run_id) continue;
    auto found = runs_[i];
    runs_.erase(runs_.begin() + static_cast<std::ptrdiff_t>(i));
    runs_.push_back(found);
    return found.second;
  }
  std::string text = input_json;
  auto input = wire::ReadAllocationInput(text);
  if (!input) return Fail(MakeError(ErrorCode::kInternal, "allocation", "stored input unreadable"));
  auto computed = ComputeRun(catalog, std::move(*input));
  if (!computed) return Fail(MakeError(ErrorCode::kInternal, "allocation", "stored input refused"));
  if (crypto::Sha256Hex((*computed)->result_json) != expected_sha256) {
    return Fail(MakeError(ErrorCode::kInternal, "allocation", "recomputed result differs from the stored one"));
  }
  std::shared_ptr<const ComputedRun> shared = std::move(*computed);
  if (runs_.size() == kCapacity) runs_.erase(runs_.begin());
  runs_.emplace_back(run_id, shared);
  return shared;
}

}  // namespace optagelse::allocation_runs
