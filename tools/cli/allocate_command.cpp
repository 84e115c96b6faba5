// The allocate command: see allocate_command.h.
#include "cli/allocate_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "allocation/allocation_engine.h"
#include "core/messages.h"
#include "wire/allocation_wire.h"
#include "wire/rule_catalog.h"

namespace optagelse::tools {
namespace {

int Refuse(const Problem& problem) {
  std::cerr << "optagelse allocate: " << MessageFor(problem, Language::kEnglish)
            << (problem.field.empty() ? "" : " [" + problem.field + "]") << "\n";
  return 2;
}

}  // namespace

int RunAllocate(const AllocateOptions& options) {
  std::ifstream in(options.in, std::ios::binary);
  if (!in) return Refuse(MakeError(ErrorCode::kNotFound, "--in", options.in));
  std::ostringstream text;
  text << in.rdbuf();
  auto json = wire::ParseJson(text.str());
  if (!json) return Refuse(json.error());
  auto input = wire::AllocationInputFromJson(*json);
  if (!input) return Refuse(input.error());
  if (options.seed) input->seed = *options.seed;
  if (options.rules_year) input->rule_year = *options.rules_year;
  auto catalog = wire::RuleCatalog::FromEmbedded();
  if (!catalog) return Refuse(catalog.error());
  auto rule_set = catalog->ForYear(input->rule_year ? input->rule_year : catalog->LatestYear());
  if (!rule_set) return Refuse(rule_set.error());
  input->rule_year = (*rule_set)->admission_year;
  allocation::AllocationRules rules = (*rule_set)->allocation;
  if (options.income_model == "law880") rules.income_model = allocation::IncomeModel::kLaw880;
  if (options.income_model == "none") rules.income_model = allocation::IncomeModel::kNone;
  auto result = allocation::Allocate(*input, rules);
  if (!result) {
    for (std::size_t i = 0; i + 1 < result.error().size() && i < 20; ++i) Refuse(result.error()[i]);
    return Refuse(result.error()[std::min<std::size_t>(result.error().size() - 1, 20)]);
  }
  const std::string output = wire::Dump(wire::AllocationResultToJson(*result, options.explain, wire::TextLanguages::kBoth));
  // Written next to the target and renamed into place: a crash never leaves half a result.
  const std::string temporary = options.out + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!(out << output << '\n')) return Refuse(MakeError(ErrorCode::kNotFound, "--out", options.out));
  }
  std::error_code error;
  std::filesystem::rename(temporary, options.out, error);
  if (error) return Refuse(MakeError(ErrorCode::kNotFound, "--out", options.out));
  std::cout << "allocated " << result->placements.size() << " applicants; " << (result->stable() ? "stable" : "NOT STABLE") << "\n";
  return result->stable() ? 0 : 1;
}

}  // namespace optagelse::tools
