// "Dine rettigheder" (privacy notice: the person's rights): one click downloads everything held
// about me (JSON and a page to read); contact data corrected at any time; a draft never submitted
// deleted (with a confirmation); attachments no claim needs deleted; who corrects the rest; what
// restriction and objection mean here and whom to contact.
#pragma once

#include "app_state.h"

namespace optagelse::web {

void DrawMyRights(AppState& state);

}  // namespace optagelse::web
