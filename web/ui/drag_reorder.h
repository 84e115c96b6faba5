// Reordering a list by drag and drop (the applicant's wishes): each row has a handle to drag, and
// the row it is dropped on takes its place. This is the pointer way (mouse, touch); the up/down
// buttons stay the keyboard and screen-reader way, and both end in the same core move.
#pragma once

#include <optional>
#include <string_view>

#include "ui/widget_registry.h"

namespace optagelse::web::ui {

// The drag handle of row `index` in the list named `list` (at most 32 characters). `label` is the
// published, accessible text ("Træk for at flytte: ..."), `preview` what follows the pointer.
void ReorderHandle(WidgetRegistry& registry, std::string_view id, std::string_view label, const char* list, int index,
                   std::string_view preview);

// Call right after the row's ImGui group ends: the index of the row dropped on it, if one was.
std::optional<int> ReorderDropOnRow(const char* list);

}  // namespace optagelse::web::ui
