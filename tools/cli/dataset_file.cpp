// Dataset files: see dataset_file.h.
#include "cli/dataset_file.h"

#include <fstream>
#include <sstream>

#include "wire/registry_wire.h"

namespace optagelse::tools {

Result<registry::Dataset> ReadDatasetFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Fail(MakeError(ErrorCode::kNotFound, "register", path));
  std::stringstream text;
  text << file.rdbuf();
  auto json = wire::ParseJson(text.str());
  if (!json) return Fail(json.error());
  return wire::DatasetFromJson(*json);
}

}  // namespace optagelse::tools
