// The allocate command: see allocate_command.h.
#include "cli/allocate_command.h"

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

#include "allocation/allocation_engine.h"
#include "core/messages.h"
#include "wire/allocation_wire.h"
#include "wire_simd/allocation_input_reader.h"
#include "wire/rule_catalog.h"

namespace optagelse::tools {
namespace {

int Refuse(const Problem& problem) {
  std::cerr << "optagelse allocate: " << MessageFor(problem, Language::kEnglish)
            << (problem.field.empty() ? "" : " [" + problem.field + "]") << "\n";
  return 2;
}

// The file's bytes, with room for the parser's padding so it needs no copy.
std::optional<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary | std::ios::ate);
  if (!in) return std::nullopt;
  const auto size = static_cast<std::size_t>(in.tellg());
  std::string text;
  text.reserve(size + 64);
  text.resize(size);
  in.seekg(0);
  if (!in.read(text.data(), static_cast<std::streamsize>(size))) return std::nullopt;
  return text;
}

}  // namespace

int RunAllocate(const AllocateOptions& options) {
  auto text = ReadWholeFile(options.in);
  if (!text) return Refuse(MakeError(ErrorCode::kNotFound, "--in", options.in));
  auto input = wire::ReadAllocationInput(*text);  // simdjson in one pass; the tree reader names any problem
  if (!input) return Refuse(input.error());
  std::string().swap(*text);  // the file's text is not needed while allocating
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
  std::string output;
  wire::WriteAllocationResult(*result, options.explain, wire::TextLanguages::kBoth, output);
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
