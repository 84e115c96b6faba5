// The UPV batch command: see upv_command.h.
#include "cli/upv_command.h"

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "core/messages.h"
#include "upv/assessment.h"
#include "wire/upv_line_reader.h"

namespace optagelse::tools {
namespace {

wire::Json ErrorLine(const wire::Json& id, const Problem& problem, wire::TextLanguages languages) {
  wire::Json line{{"id", id},
                  {"error", ErrorCodeNumber(problem.code)},
                  {"name", ErrorCodeName(problem.code)},
                  {"field", problem.field}};
  switch (languages) {
    case wire::TextLanguages::kEnglish: line["message"] = MessageFor(problem, Language::kEnglish); break;
    case wire::TextLanguages::kBoth:
      line["message"] = {{"da", MessageFor(problem, Language::kDanish)}, {"en", MessageFor(problem, Language::kEnglish)}};
      break;
    default: line["message"] = MessageFor(problem, Language::kDanish); break;
  }
  return line;
}

// Appends the answer for one input line to out; false when the line was an error.
bool AssessLine(const std::string& text, std::size_t line_number, const upv::RuleSet& rules,
                wire::TextLanguages languages, std::string& out) {
  if (auto fast = wire::TryReadUpvLineFast(text)) {
    if (auto assessment = upv::Assess(fast->input, rules)) {
      wire::JsonWriter writer(out);
      wire::WriteAssessment(writer, *assessment, rules, languages, fast->raw_id);
      return true;
    }
  }
  auto json = wire::ParseJson(text);
  wire::Json id = nullptr;
  Result<upv::Assessment> assessment = Fail(json ? Problem{} : json.error());
  if (json) {
    if (json->is_object() && json->contains("id")) id = (*json)["id"];
    auto input = wire::UpvInputFromJson(*json);
    assessment = input ? upv::Assess(*input, rules) : Fail(input.error());
  }
  if (!assessment) {
    wire::Json line = ErrorLine(id, assessment.error(), languages);
    line["line"] = line_number;
    out += wire::Dump(line);
    return false;
  }
  wire::JsonWriter writer(out);
  wire::WriteAssessment(writer, *assessment, rules, languages, id.is_null() ? "null" : wire::Dump(id));
  return true;
}

}  // namespace

UpvRunCounts RunUpv(const upv::RuleSet& rules, std::istream& in, std::ostream& out, wire::TextLanguages languages) {
  // Lines are read in batches; each batch is split between the cores and written back in order,
  // so the output is the same as a single-threaded run.
  constexpr std::size_t kBatchLines = 16384;
  const std::size_t workers = std::max(1u, std::thread::hardware_concurrency());
  UpvRunCounts counts;
  std::size_t line_number = 0;
  std::vector<std::pair<std::size_t, std::string>> batch;
  std::vector<std::string> outputs(workers);
  std::vector<UpvRunCounts> partial(workers);
  bool more = true;
  while (more) {
    batch.clear();
    for (std::string line; batch.size() < kBatchLines && (more = static_cast<bool>(std::getline(in, line)));) {
      ++line_number;
      if (!line.empty() && line.back() == '\r') line.pop_back();
      if (line.find_first_not_of(" \t") == std::string::npos) continue;
      batch.emplace_back(line_number, std::move(line));
    }
    const std::size_t slice = (batch.size() + workers - 1) / workers;
    auto work = [&](std::size_t worker) {
      outputs[worker].clear();
      partial[worker] = {};
      for (std::size_t i = worker * slice; i < std::min(batch.size(), (worker + 1) * slice); ++i) {
        const bool ok = AssessLine(batch[i].second, batch[i].first, rules, languages, outputs[worker]);
        ++(ok ? partial[worker].assessed : partial[worker].failed);
        outputs[worker] += '\n';
      }
    };
    std::vector<std::thread> threads;
    for (std::size_t worker = 1; worker < workers; ++worker) threads.emplace_back(work, worker);
    work(0);
    for (std::thread& thread : threads) thread.join();
    for (std::size_t worker = 0; worker < workers; ++worker) {
      out.write(outputs[worker].data(), static_cast<std::streamsize>(outputs[worker].size()));
      counts.assessed += partial[worker].assessed;
      counts.failed += partial[worker].failed;
    }
  }
  return counts;
}

}  // namespace optagelse::tools
