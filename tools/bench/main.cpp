// optagelse-bench: measures the budgets the issues set, on this machine, and prints the numbers.
//   optagelse-bench cpr [--count N]          CPR checks per second in the core (budget: > 10 million/s per core)
//   optagelse-bench import [--rows N]        pupil report import, validated and stored (budget: 200,000 rows < 3 s, < 500 MB)
//   optagelse-bench upv [--pupils N]         UPV batch through `optagelse upv` (budget: 200,000 pupils < 2 s)
//   optagelse-bench allocate [--applicants N] [--scaling]   the allocation (budget: 100,000 < 200 ms, 300 MB)
//   optagelse-bench allocate-file [--applicants N] [--institutions N] [--within M] [--scaling]
//                                            `optagelse allocate` end to end, file in and out, as its own process
//                                            (budget: 20,000 x 160 with every travel time ~0.3 s, < 150 MB)
//   optagelse-bench allocate-server [--applicants N] [--runs R]
//                                            the region's authoritative run on a real server after N applied
//                                            through the API (budget: 50,000 in < 2 s)
//   optagelse-bench transport [--applicants N] [--institutions N] [--minutes M]  the travel-time estimator
//                                            (budget: 100,000 x 600, pruned to the reachable, < 1 s)
//   optagelse-bench audit [--rows N]          audit rows for one national allocation snapshot, and verifying the chain
//   optagelse-bench load [--seconds S] [--applicants N] [--connections C] [--server-threads T]
//                        [--slow-clients N] [--login-flood]
//                                            the deadline hour against a real server (budget: >= 1,000 submits/s,
//                                            p99 < 100 ms, no errors, memory flat over --seconds 600)
//   optagelse-bench mail [--messages N] [--applicants N]
//                                            the outbox draining to a local SMTP server (budget: 10,000 at >= 100/s),
//                                            and saves with a mail server that takes 5 s to answer
#include <CLI/CLI.hpp>
#include <filesystem>
#include <iostream>

#include "bench/allocation_bench.h"
#include "bench/allocation_file_bench.h"
#include "bench/audit_bench.h"
#include "bench/cpr_bench.h"
#include "bench/attack_bench.h"
#include "bench/import_bench.h"
#include "bench/load_bench.h"
#include "bench/mail_bench.h"
#include "bench/server_allocation_bench.h"
#include "bench/transport_bench.h"
#include "bench/upv_bench.h"

int main(int argc, char** argv) {
  CLI::App app{"Optagelse benchmarks"};
  app.require_subcommand(1);
  int cpr_count = 20'000'000;
  CLI::App* cpr = app.add_subcommand("cpr", "CPR check throughput in the core");
  cpr->add_option("--count", cpr_count, "numbers to check")->check(CLI::Range(1000, 1'000'000'000));
  int rows = 200'000;
  CLI::App* import = app.add_subcommand("import", "Pupil report import into SQLite");
  import->add_option("--rows", rows, "pupil rows in the national cohort")->check(CLI::Range(1000, 5'000'000));
  int pupils = 200'000;
  std::string cli = (std::filesystem::path(argv[0]).parent_path() / "optagelse").string();
  CLI::App* upv = app.add_subcommand("upv", "UPV batch assessment through the command-line tool");
  upv->add_option("--pupils", pupils, "pupils to assess")->check(CLI::Range(1000, 5'000'000));
  upv->add_option("--cli", cli, "path of the optagelse command");
  int applicants = 100'000;
  bool scaling = false;
  CLI::App* allocate = app.add_subcommand("allocate", "The central allocation on a synthetic national data set");
  allocate->add_option("--applicants", applicants, "applicants")->check(CLI::Range(100, 5'000'000));
  allocate->add_flag("--scaling", scaling, "also time 10,000, 100,000 and 1,000,000 applicants");
  optagelse::bench::AllocationFileOptions file_options;
  file_options.cli = cli;
  CLI::App* allocate_file = app.add_subcommand("allocate-file", "`optagelse allocate` end to end on a file in the documented format");
  allocate_file->add_option("--applicants", file_options.applicants, "applicants")->check(CLI::Range(100, 5'000'000));
  allocate_file->add_option("--institutions", file_options.institutions, "institutions (three programmes each)")->check(CLI::Range(1, 10'000));
  allocate_file->add_option("--within", file_options.travel_within, "travel minutes to institutions within M minutes (0: all)")
      ->check(CLI::Range(0, 600));
  allocate_file->add_option("--runs", file_options.runs, "runs per size (the median is reported)")->check(CLI::Range(1, 50));
  allocate_file->add_option("--dir", file_options.directory, "where the files are written");
  allocate_file->add_option("--cli", file_options.cli, "path of the optagelse command");
  allocate_file->add_flag("--keep", file_options.keep, "keep the input and result files in --dir");
  allocate_file->add_flag("--scaling", file_options.scaling, "also 100,000 to 1,000,000 applicants (300 institutions, within 45 min)");
  int server_applicants = 50'000, server_runs = 3;
  CLI::App* allocate_server = app.add_subcommand("allocate-server", "The region's authoritative allocation on a real server");
  allocate_server->add_option("--applicants", server_applicants, "applicants who apply first")->check(CLI::Range(10, 1'000'000));
  allocate_server->add_option("--runs", server_runs, "allocation runs (the median is reported)")->check(CLI::Range(1, 50));
  std::string server_dir;
  allocate_server->add_option("--dir", server_dir, "keep the database here (and reuse it when present)");
  int travellers = 100'000, institutions = 600, minutes = 45;
  CLI::App* transport = app.add_subcommand("transport", "The travel-time estimator at national scale");
  transport->add_option("--applicants", travellers, "applicants")->check(CLI::Range(1, 5'000'000));
  transport->add_option("--institutions", institutions, "institutions")->check(CLI::Range(1, 10'000));
  transport->add_option("--minutes", minutes, "reach limit in minutes")->check(CLI::Range(0, 600));
  int audit_rows = 100'000;
  CLI::App* audit = app.add_subcommand("audit", "Audit rows for a national allocation snapshot, and the chain check");
  audit->add_option("--rows", audit_rows, "rows (persons read)")->check(CLI::Range(1, 10'000'000));
  optagelse::bench::LoadOptions load_options;
  load_options.server = (std::filesystem::path(argv[0]).parent_path().parent_path() / "server" / "optagelse-server").string();
  CLI::App* attacks = app.add_subcommand("attacks", "The threat model's attacks on a real server, with a fresh client and memory after each");
  CLI::App* load = app.add_subcommand("load", "The deadline hour against a real server on loopback");
  load->add_option("--seconds", load_options.seconds, "how long")->check(CLI::Range(1, 86400));
  load->add_option("--applicants", load_options.applicants, "applicants (pupils in the demo data)")->check(CLI::Range(10, 1'000'000));
  load->add_option("--connections", load_options.connections, "client connections")->check(CLI::Range(1, 1024));
  load->add_option("--slow-clients", load_options.attacks.slow_clients, "attackers' unfinished heads, a line every 5 s")
      ->check(CLI::Range(0, 10000));
  load->add_flag("--login-flood", load_options.attacks.login_flood, "one address logging in as nobody, without pause");
  load->add_option("--visit-turns", load_options.visit_turns, "save-and-submit turns per applicant login")->check(CLI::Range(1, 1'000'000));
  load->add_option("--sign-every", load_options.sign_every, "submissions per guardian signature")->check(CLI::Range(1, 1'000'000));
  load->add_option("--server-threads", load_options.server_threads, "the server's worker threads")->check(CLI::Range(1, 256));
  load->add_option("--server", load_options.server, "path of optagelse-server");
  int mail_messages = 10'000, mail_applicants = 400;
  CLI::App* mail = app.add_subcommand("mail", "The outbox against a local SMTP server");
  mail->add_option("--messages", mail_messages, "messages queued")->check(CLI::Range(1, 1'000'000));
  mail->add_option("--applicants", mail_applicants, "applicants saving and submitting per run")->check(CLI::Range(10, 100'000));
  CLI11_PARSE(app, argc, argv);
  if (mail->parsed()) return optagelse::bench::RunMailBench(load_options.server, mail_messages, mail_applicants, std::cout);
  if (load->parsed()) return optagelse::bench::RunLoadBench(load_options, std::cout);
  if (attacks->parsed()) return optagelse::bench::RunAttackBench(load_options.server, std::cout);
  if (audit->parsed()) return optagelse::bench::RunAuditBench(audit_rows, std::cout);
  if (transport->parsed()) return optagelse::bench::RunTransportBench(travellers, institutions, minutes, std::cout);
  if (allocate_server->parsed()) return optagelse::bench::RunServerAllocationBench(load_options.server, server_applicants, server_runs, server_dir, std::cout);
  if (allocate_file->parsed()) return optagelse::bench::RunAllocationFileBench(file_options, std::cout);
  if (allocate->parsed()) return optagelse::bench::RunAllocationBench(applicants, scaling, std::cout);
  if (upv->parsed()) return optagelse::bench::RunUpvBench(pupils, cli, std::cout);
  if (cpr->parsed()) return optagelse::bench::RunCprBench(cpr_count, std::cout);
  if (import->parsed()) return optagelse::bench::RunImportBench(rows, std::cout);
  return 2;
}
