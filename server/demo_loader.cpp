// Demo data loading: see demo_loader.h.
#include "demo_loader.h"

#include <fstream>
#include <sstream>

#include "store/register_store.h"
#include "wire/registry_wire.h"

namespace optagelse {

namespace {

using Failure = tl::unexpected<std::vector<Problem>>;

tl::expected<std::size_t, std::vector<Problem>> ReadAndStore(store::Database& db, const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Failure({MakeError(ErrorCode::kDemoDataInvalid, "demo_data", "cannot open " + path)});
  std::stringstream text;
  text << file.rdbuf();
  auto json = wire::ParseJson(text.str());
  if (!json) return Failure({json.error()});
  auto dataset = wire::DatasetFromJson(*json);
  if (!dataset) return Failure({dataset.error()});
  if (auto problems = registry::ValidateDataset(*dataset); !problems.empty()) return Failure(std::move(problems));
  if (auto loaded = store::LoadDataset(db, *dataset); !loaded) return Failure({loaded.error()});
  return dataset->persons.size();
}

}  // namespace

tl::expected<LoadOutcome, std::vector<Problem>> LoadDemoDataIfEmpty(store::Database& db, const std::string& path) {
  auto persons = store::CountPersons(db);
  if (!persons) return Failure({persons.error()});
  if (*persons > 0) return LoadOutcome::kSkippedNotEmpty;
  if (auto stored = ReadAndStore(db, path); !stored) return Failure(std::move(stored.error()));
  return LoadOutcome::kLoaded;
}

tl::expected<std::size_t, std::vector<Problem>> ApplyRegisterUpdate(store::Database& db, const std::string& path) {
  return ReadAndStore(db, path);
}

}  // namespace optagelse
