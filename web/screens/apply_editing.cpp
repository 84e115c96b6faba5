// Problems under their field, and the changed mark: see apply_editing.h.
#include "screens/apply_editing.h"

#include <string>

#include "core/messages.h"
#include "ui/widgets.h"

namespace optagelse::web {

void ProblemsFor(AppState& state, std::string_view field) {
  for (std::size_t i = 0; i < state.apply.problems.size(); ++i) {
    const Problem& problem = state.apply.problems[i];
    if (problem.field.rfind(field, 0) != 0) continue;
    ui::Status(state.widgets, "apply.problem." + problem.field + "." + std::to_string(i), MessageFor(problem, state.language),
               problem.severity == Severity::kError ? ui::StatusKind::kError : ui::StatusKind::kWarning);
  }
}

void MarkChanged(ApplyState& apply) {
  apply.dirty = true;
  apply.edited = true;
}

}  // namespace optagelse::web
