// The what-if panel: edit a pupil's grades, level and assessments as a scenario and see at once
// (recomputed in WebAssembly by the same core the server uses) each track's result with its
// reasons, what differs from the saved grades, and the smallest path to readiness. The scenario
// is kept in localStorage; only "Save assessment" sends it to the server.
#pragma once

#include "app_state.h"

namespace optagelse::web {

// Starts a scenario from a base input (the saved grades, or a blank sheet).
void OpenWhatIf(AppState& state, std::optional<std::int64_t> pupil_id, std::string label, const upv::UpvInput& base,
                int admission_year);
void DrawWhatIfPanel(AppState& state);

}  // namespace optagelse::web
