// `optagelse`: the command-line tool. Subcommands: `cpr check` (classify CPR numbers), `upv`
// (assess pupils' readiness in batch), `allocate` (the central allocation on a JSON file), `demo`
// (write the synthetic demo register), `audit verify` (check a server database's audit trail),
// `retention` (delete what the retention rules say is due, or report it), `statistics` (the
// pseudonymised export for the ministry and Statistics Denmark), `backup`/`restore` (an online copy
// of a server database and its restore, both checked), `access-matrix` (print who may do what,
// from the access policy) and `api-answers` (print the typed API answers, from their codecs).
// Exit 0 unless the invocation itself is wrong (or, for `audit verify`, the trail is broken).
#include <CLI/CLI.hpp>
#include <fstream>
#include <iostream>

#include "auth/access_matrix.h"
#include "cli/allocate_command.h"
#include "cli/audit_command.h"
#include "cli/backup_command.h"
#include "cli/cpr_check_command.h"
#include "cli/dataset_file.h"
#include "cli/demo_generator.h"
#include "cli/retention_command.h"
#include "cli/statistics_command.h"
#include "cli/upv_command.h"
#include "core/messages.h"
#include "wire/answer_catalog.h"
#include "wire/registry_wire.h"
#include "wire/rule_catalog.h"

namespace {

using namespace optagelse;

int Failure(const std::string& what, const Problem& problem) {
  std::cerr << "optagelse: " << what << ": " << MessageFor(problem, Language::kEnglish)
            << (problem.field.empty() ? "" : " [" + problem.field + "]") << "\n";
  return 2;
}

// Reads numbers one per line (blank lines skipped; a line's surrounding blanks are the checker's job).
bool ReadLines(const std::string& path, std::vector<std::string>& out) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return false;
  for (std::string line; std::getline(file, line);) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.find_first_not_of(" \t") != std::string::npos) out.push_back(line);
  }
  return true;
}

int RunUpvCommand(int year, const std::string& path, const std::string& lang) {
  auto catalog = wire::RuleCatalog::FromEmbedded();
  if (!catalog) return Failure("rule sets", catalog.error());
  auto rules = catalog->ForYear(year);
  if (!rules) return Failure("--rules", rules.error());
  const wire::TextLanguages languages = lang == "en"     ? wire::TextLanguages::kEnglish
                                        : lang == "both" ? wire::TextLanguages::kBoth
                                        : lang == "none" ? wire::TextLanguages::kNone
                                                         : wire::TextLanguages::kDanish;
  std::ios::sync_with_stdio(false);
  if (path == "-") {
    tools::RunUpv(**rules, std::cin, std::cout, languages);
    return 0;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Failure("cannot read", MakeError(ErrorCode::kNotFound, "--in", path));
  tools::RunUpv(**rules, in, std::cout, languages);
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Optagelse command-line tool"};
  app.require_subcommand(1);

  CLI::App* cpr = app.add_subcommand("cpr", "CPR numbers");
  cpr->require_subcommand(1);
  CLI::App* check = cpr->add_subcommand("check", "Classify CPR numbers, one JSON object per line");
  std::vector<std::string> numbers;
  std::string file, register_file;
  check->add_option("numbers", numbers, "CPR numbers (DDMMYYSSSS or DDMMYY-SSSS)");
  check->add_option("--file", file, "Read numbers from a file, one per line");
  check->add_option("--register", register_file, "Register dataset file: adds \"register\" to each line");

  CLI::App* demo = app.add_subcommand("demo", "Write the synthetic demo register (JSON)");
  tools::DemoOptions demo_options;
  std::string out_file;
  demo->add_option("--seed", demo_options.seed, "Seed: the same seed gives the same data");
  demo->add_option("--pupils", demo_options.pupils, "Number of pupils")->check(CLI::Range(1, 1000000));
  demo->add_option("--out", out_file, "Output file (default: standard output)");

  CLI::App* upv = app.add_subcommand("upv", "Assess readiness (UPV), one JSON pupil per line in and out");
  int rules_year = 0;
  std::string upv_in, upv_lang = "da";
  upv->add_option("--rules", rules_year, "Admission year whose rule set applies (assets/rules/YEAR.json)")->required();
  upv->add_option("--in", upv_in, "Input file, one JSON pupil per line (\"-\" for standard input)")->required();
  upv->add_option("--lang", upv_lang, "Language of the texts: da, en, both or none")
      ->check(CLI::IsMember({"da", "en", "both", "none"}));

  CLI::App* allocate = app.add_subcommand("allocate", "Run the central allocation on a JSON input file");
  tools::AllocateOptions allocate_options;
  allocate->add_option("--in", allocate_options.in, "Input file (docs/allocation.md)")->required();
  allocate->add_option("--out", allocate_options.out, "Result file")->required();
  allocate->add_option("--seed", allocate_options.seed, "Lottery seed (overrides the input's)");
  allocate->add_option("--rules", allocate_options.rules_year, "Admission year of the rule set (overrides the input's)");
  allocate->add_flag("--explain", allocate_options.explain, "Explain every wish of every applicant");
  allocate->add_option("--income-model", allocate_options.income_model, "none or law880 (overrides the rule set)")
      ->check(CLI::IsMember({"none", "law880"}));

  CLI::App* audit = app.add_subcommand("audit", "The audit trail of a server database");
  audit->require_subcommand(1);
  CLI::App* verify = audit->add_subcommand("verify", "Recompute the hash chain; exit 1 if a row was changed or removed");
  std::string audit_db;
  verify->add_option("--db", audit_db, "The server's SQLite file")->required();

  CLI::App* retention = app.add_subcommand("retention", "Delete the personal data the retention rules say is due (daily in the server)");
  tools::RetentionCommand retention_command;
  retention->add_option("--db", retention_command.database, "The server's SQLite file")->required();
  retention->add_flag("--dry-run", retention_command.dry_run, "Report what is due; change nothing");
  retention->add_option("--today", retention_command.today, "The day to decide for (YYYY-MM-DD; default today, UTC)");

  CLI::App* statistics = app.add_subcommand("statistics", "Pseudonymised statistics of a year's applications (CSV or JSON)");
  tools::StatisticsCommand statistics_command;
  statistics->add_option("--db", statistics_command.database, "The server's SQLite file")->required();
  statistics->add_option("--year", statistics_command.year, "Admission year")->required();
  statistics->add_option("--region", statistics_command.region, "Only applications whose 1st wish is in this region (1081-1085)");
  statistics->add_option("--format", statistics_command.format, "csv or json")->check(CLI::IsMember({"csv", "json"}));
  statistics->add_option("--min-group", statistics_command.min_group, "Smallest group shown (default 5)")->check(CLI::Range(2, 1000));
  statistics->add_option("--key", statistics_command.key_file, "The pseudonym key file (default: beside the database)");

  CLI::App* backup = app.add_subcommand("backup", "Online copy of a server database (safe while the server runs), checked");
  std::string backup_db;
  std::string backup_out;
  backup->add_option("--db", backup_db, "The server's SQLite file")->required();
  backup->add_option("--out", backup_out, "The new backup file (never overwritten)")->required();
  CLI::App* restore = app.add_subcommand("restore", "Restore a checked backup into a new database file");
  std::string restore_from;
  std::string restore_db;
  restore->add_option("--from", restore_from, "The backup file")->required();
  restore->add_option("--db", restore_db, "The new database file (never overwritten)")->required();

  CLI::App* matrix = app.add_subcommand("access-matrix", "Print the access matrix generated from the access policy (docs/access-matrix.md)");

  CLI::App* answers = app.add_subcommand("api-answers", "Print the typed API answers generated from their codecs (docs/api-answers.md)");

  CLI11_PARSE(app, argc, argv);

  if (answers->parsed()) {
    std::cout << wire::ApiAnswersMarkdown();
    return 0;
  }

  if (matrix->parsed()) {
    std::cout << auth::AccessMatrixMarkdown();
    return 0;
  }

  if (verify->parsed()) return tools::RunAuditVerify(audit_db, std::cout);
  if (retention->parsed()) return tools::RunRetention(retention_command, std::cout);
  if (statistics->parsed()) return tools::RunStatistics(statistics_command, std::cout);
  if (backup->parsed()) return tools::RunBackup(backup_db, backup_out, std::cout);
  if (restore->parsed()) return tools::RunRestore(restore_from, restore_db, std::cout);

  if (allocate->parsed()) return tools::RunAllocate(allocate_options);
  if (upv->parsed()) return RunUpvCommand(rules_year, upv_in, upv_lang);

  if (check->parsed()) {
    if (!file.empty() && !ReadLines(file, numbers)) return Failure("cannot read", MakeError(ErrorCode::kNotFound, "--file", file));
    if (numbers.empty()) {
      std::cerr << "optagelse: give CPR numbers or --file\n";
      return 2;
    }
    std::optional<registry::InMemoryRegister> cpr_register;
    if (!register_file.empty()) {
      auto dataset = tools::ReadDatasetFile(register_file);
      if (!dataset) return Failure("register " + register_file, dataset.error());
      cpr_register.emplace(*dataset);
    }
    std::ios::sync_with_stdio(false);
    tools::RunCprCheck(numbers, cpr_register ? &*cpr_register : nullptr, std::cout);
    return 0;
  }
  if (demo->parsed()) {
    const std::string json = wire::Dump(wire::DatasetToJson(tools::GenerateDemoData(demo_options)));
    if (out_file.empty()) {
      std::cout << json << '\n';
    } else {
      std::ofstream out(out_file, std::ios::binary);
      if (!(out << json << '\n')) return Failure("cannot write", MakeError(ErrorCode::kNotFound, "--out", out_file));
    }
    return 0;
  }
  return 2;
}
