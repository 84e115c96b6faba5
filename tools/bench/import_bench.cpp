// National cohort import: see import_bench.h. Only the import is timed (decode, parse, validate
// with register lookups, store); making the register and the files is not.
#include "bench/import_bench.h"

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <ostream>

#include "cpr/cpr_number.h"
#include "import/pupil_import.h"
#include "store/migrations.h"
#include "store/register_store.h"
#include "text/csv.h"

namespace optagelse::bench {
namespace {

constexpr int kPupilsPerSchool = 500;

// Distinct CPR numbers of pupils born 2008-2010 (three year groups), modulus 11 valid, in a fixed order.
std::vector<std::string> PupilCprs(int count) {
  std::vector<std::string> out;
  out.reserve(static_cast<std::size_t>(count));
  for (int serial = 0; serial < 1000; ++serial) {
    for (int seventh = 4; seventh <= 9; ++seventh) {
      for (int year = 2008; year <= 2010; ++year) {
        for (int month = 1; month <= 12; ++month) {
          for (int day = 1; day <= 28; ++day) {
            for (int last = 0; last <= 9; ++last) {
              char text[16];
              std::snprintf(text, sizeof text, "%02d%02d%02d%d%02d%d", day, month, year % 100, seventh, serial % 100, last);
              if (serial >= 100 || !cpr::PassesModulus11(text)) continue;
              out.emplace_back(text);
              if (static_cast<int>(out.size()) == count) return out;
              break;
            }
          }
        }
      }
    }
  }
  return out;
}

long PeakMemoryMegabytes() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

}  // namespace

int RunImportBench(int rows, std::ostream& out) {
  const std::string dir = std::filesystem::temp_directory_path() / ("optagelse-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  auto db = store::Database::Open(dir + "/bench.db");
  if (!db || !store::Migrate(*db)) return 1;

  const int schools = (rows + kPupilsPerSchool - 1) / kPupilsPerSchool;
  registry::Dataset dataset;
  std::vector<std::string> files(static_cast<std::size_t>(schools));
  std::vector<std::string> school_numbers;
  for (int s = 0; s < schools; ++s) {
    char number[8];
    std::snprintf(number, sizeof number, "%06d", 200000 + s);
    school_numbers.emplace_back(number);
    dataset.institutions.push_back({number, "Skole " + std::to_string(s), 101, "grundskole", {"4800"}, {}, 0, {}});
    files[static_cast<std::size_t>(s)] = text::CsvLine({"cpr", "navn", "instnr", "uddannelseskode", "klassetrin", "klasse", "startdato"}, ';');
  }
  const std::vector<std::string> cprs = PupilCprs(rows);
  if (static_cast<int>(cprs.size()) < rows) return 1;
  for (int made = 0; made < rows; ++made) {
    const std::string& cpr = cprs[static_cast<std::size_t>(made)];
    const int school = made / kPupilsPerSchool;
    const int grade = 8 + made % 3;
    registry::Person person;
    person.cpr = cpr;
    person.name = "Elev " + std::to_string(made);
    person.municipality_code = 101;
    dataset.persons.push_back(std::move(person));
    files[static_cast<std::size_t>(school)] +=
        text::CsvLine({cpr, "Elev Ærbø " + std::to_string(made), school_numbers[static_cast<std::size_t>(school)], "4800",
                       std::to_string(grade), std::to_string(grade) + ".A", "2024-08-12"}, ';');
  }
  if (!store::LoadDataset(*db, dataset)) return 1;
  std::size_t bytes = 0;
  for (const std::string& file : files) bytes += file.size();

  const auto start = std::chrono::steady_clock::now();
  long long accepted = 0;
  for (int s = 0; s < schools; ++s) {
    auto summary = import::ImportPupilReport(*db, school_numbers[static_cast<std::size_t>(s)], files[static_cast<std::size_t>(s)],
                                             import::ReportFormat::kCsv, text::Encoding::kDetect);
    if (!summary) {
      out << "import failed at school " << s << "\n";
      return 1;
    }
    accepted += summary->accepted;
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  out << "import: " << rows << " rows (" << schools << " schools, " << bytes / 1024 / 1024 << " MB of CSV) in "
      << seconds << " s = " << static_cast<long long>(rows / seconds) << " rows/s; " << accepted
      << " accepted; peak memory " << PeakMemoryMegabytes() << " MB (whole process, incl. the generated register)\n";
  std::filesystem::remove_all(dir);
  return accepted == rows ? 0 : 1;
}

}  // namespace optagelse::bench
