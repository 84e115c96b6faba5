// The UPV batch benchmark: see upv_bench.h.
#include "bench/upv_bench.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <vector>

#include <unistd.h>
#include <algorithm>

namespace optagelse::bench {
namespace {

void WritePupils(const std::filesystem::path& path, int pupils) {
  static constexpr int kGrades[] = {-3, 0, 2, 4, 7, 10, 12};
  static constexpr const char* kSubjects[] = {"dansk",  "matematik", "engelsk",   "tysk",    "fysik_kemi", "biologi",
                                              "geografi", "historie", "samfundsfag", "kristendom", "fransk", "idraet"};
  std::mt19937 random(2024);
  std::ofstream out(path, std::ios::binary);
  for (int i = 0; i < pupils; ++i) {
    if (i % 100 == 99) {  // the odd broken line: the command must report it and go on
      out << "{\"id\":" << i << ",\"grade_level\":9,\"standpunkt\":{\"dansk\":[5]}}\n";
      continue;
    }
    const int level = 8 + static_cast<int>(random() % 3);
    const int mean = 1 + static_cast<int>(random() % 5);  // a pupil's typical position on the scale
    out << "{\"id\":" << i << ",\"grade_level\":" << level << ",\"standpunkt\":{";
    const int subjects = 9 + static_cast<int>(random() % 4);
    for (int s = 0; s < subjects; ++s) {
      out << (s ? "," : "") << '"' << kSubjects[s] << "\":[";
      const int count = s < 2 ? 3 : 1;
      for (int g = 0; g < count; ++g) {
        const int position = std::clamp(mean + static_cast<int>(random() % 3) - 1, 0, 6);
        out << (g ? "," : "") << kGrades[position];
      }
      out << ']';
    }
    out << '}';
    if (level >= 9 && random() % 2) {
      out << ",\"exam\":{\"dansk_skriftlig\":" << kGrades[random() % 7] << ",\"dansk_mundtlig\":" << kGrades[random() % 7]
          << ",\"matematik_skriftlig\":" << kGrades[random() % 7] << ",\"engelsk_mundtlig\":" << kGrades[random() % 7]
          << ",\"naturfag\":" << kGrades[random() % 7] << '}';
    }
    out << ",\"personal\":" << (random() % 10 ? "true" : "false") << ",\"social\":" << (random() % 10 ? "true" : "false")
        << ",\"practical\":true}\n";
  }
}

}  // namespace

int RunUpvBench(int pupils, const std::string& cli_path, std::ostream& out) {
  const auto dir = std::filesystem::temp_directory_path() / ("optagelse-upv-bench-" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const auto input = dir / "pupils.jsonl";
  const auto output = dir / "assessments.jsonl";
  WritePupils(input, pupils);
  const std::string command = "'" + cli_path + "' upv --rules 2023 --in '" + input.string() + "' > '" + output.string() + "'";
  // Three runs, the median reported: the first also pays for writing back the input file.
  std::vector<double> runs;
  int status = 0;
  for (int run = 0; run < 3 && status == 0; ++run) {
    const auto start = std::chrono::steady_clock::now();
    status = std::system(command.c_str());
    runs.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(runs.begin(), runs.end());
  const double seconds = runs[runs.size() / 2];
  std::size_t lines = 0;
  {
    std::ifstream result(output);
    for (std::string line; std::getline(result, line);) ++lines;
  }
  out << "upv: " << pupils << " pupils (" << std::filesystem::file_size(input) / 1'000'000 << " MB in, "
      << std::filesystem::file_size(output) / 1'000'000 << " MB out, " << lines << " lines) through `optagelse upv` in "
      << seconds << " s, median of " << runs.size() << " runs (fastest " << runs.front() << " s, slowest " << runs.back()
      << " s; budget 2 s)\n";
  if (!std::getenv("OPTAGELSE_KEEP_BENCH")) std::filesystem::remove_all(dir);
  return status == 0 && lines == static_cast<std::size_t>(pupils) ? 0 : 1;
}

}  // namespace optagelse::bench
