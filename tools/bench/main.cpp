// optagelse-bench: measures the budgets the issues set, on this machine, and prints the numbers.
//   optagelse-bench cpr [--count N]          CPR checks per second in the core (budget: > 10 million/s per core)
//   optagelse-bench import [--rows N]        pupil report import, validated and stored (budget: 200,000 rows < 3 s, < 500 MB)
#include <CLI/CLI.hpp>
#include <iostream>

#include "bench/cpr_bench.h"
#include "bench/import_bench.h"

int main(int argc, char** argv) {
  CLI::App app{"Optagelse benchmarks"};
  app.require_subcommand(1);
  int cpr_count = 20'000'000;
  CLI::App* cpr = app.add_subcommand("cpr", "CPR check throughput in the core");
  cpr->add_option("--count", cpr_count, "numbers to check")->check(CLI::Range(1000, 1'000'000'000));
  int rows = 200'000;
  CLI::App* import = app.add_subcommand("import", "Pupil report import into SQLite");
  import->add_option("--rows", rows, "pupil rows in the national cohort")->check(CLI::Range(1000, 5'000'000));
  CLI11_PARSE(app, argc, argv);
  if (cpr->parsed()) return optagelse::bench::RunCprBench(cpr_count, std::cout);
  if (import->parsed()) return optagelse::bench::RunImportBench(rows, std::cout);
  return 2;
}
