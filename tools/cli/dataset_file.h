// Reading and writing register dataset files (the demo data format) for the command line.
#pragma once

#include <string>

#include "registry/registry_types.h"

namespace optagelse::tools {

Result<registry::Dataset> ReadDatasetFile(const std::string& path);

}  // namespace optagelse::tools
