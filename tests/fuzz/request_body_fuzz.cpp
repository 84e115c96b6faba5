// Fuzzes the wire decoders every request body and data file goes through (shared/wire): any text
// is valid JSON or a coded kInvalidJson problem; any JSON each decoder either refuses with explained
// problems or reads, and what it reads survives a round trip unchanged. The UPV batch reader's fast
// path must read exactly what the general decoder reads, whenever it reads anything.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "fuzz_checks.h"
#include "wire/application_wire.h"
#include "wire/problem_wire.h"
#include "wire/pupil_wire.h"
#include "wire/registry_wire.h"
#include "wire/upv_line_reader.h"
#include "wire/upv_wire.h"

namespace {

using namespace optagelse;

template <typename Decode>
void RequireAnswered(const wire::Json& value, Decode decode) {
  auto decoded = decode(value);
  if (!decoded) fuzz::RequireExplained(decoded.error());
}

void RequireFastUpvReaderAgrees(std::string_view line) {
  auto fast = wire::TryReadUpvLineFast(line);
  if (!fast) return;
  auto json = wire::ParseJson(line);
  if (!json) std::abort();
  auto general = wire::UpvInputFromJson(*json);
  if (!general) std::abort();
  if (wire::UpvInputToJson(fast->input) != wire::UpvInputToJson(*general)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  RequireFastUpvReaderAgrees(text);
  auto json = wire::ParseJson(text);
  if (!json) return fuzz::RequireExplained(json.error()), 0;
  fuzz::RequireStableRoundTrip(*json, wire::ApplicationFromJson, wire::ApplicationToJson);
  fuzz::RequireStableRoundTrip(*json, wire::OffersFromJson, wire::OffersToJson);
  fuzz::RequireStableRoundTrip(*json, wire::PupilRecordFromJson, wire::PupilRecordToJson);
  fuzz::RequireStableRoundTrip(*json, wire::DatasetFromJson, wire::DatasetToJson);
  fuzz::RequireStableRoundTrip(*json, wire::UpvInputFromJson, wire::UpvInputToJson);
  RequireAnswered(*json, wire::ContactFromJson);
  RequireAnswered(*json, wire::PupilRowsFromJson);
  (void)wire::ProblemFromJson(*json);  // reads other servers' errors: may refuse with anything
  return 0;
}
