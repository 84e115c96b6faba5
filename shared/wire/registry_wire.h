// The register/demo dataset file on the wire, written by `optagelse demo` and read by the server:
// {"format": "optagelse-register-1", "persons": [...], "institutions": [...]}.
#pragma once

#include "registry/registry_types.h"
#include "wire/json.h"

namespace optagelse::wire {

inline constexpr std::string_view kRegisterFormat = "optagelse-register-1";

Json DatasetToJson(const registry::Dataset& dataset);
// Decodes the shape only (types and required fields); registry::ValidateDataset judges content.
Result<registry::Dataset> DatasetFromJson(const Json& value);

}  // namespace optagelse::wire
