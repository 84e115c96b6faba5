// The staff inbox's calls to the server: log in as an institution, a counsellor or a region, fetch
// the lists, decide a forrang claim, open a claim's documentation. Answers update InboxState later.
#pragma once

#include <cstdint>
#include <string>

#include "app_state.h"

namespace optagelse::web {

void InboxRefresh(AppState& state);
// decision: "granted" or "refused" (then with the reason typed for the claim).
void InboxDecideForrang(AppState& state, std::int64_t application, int wish, const std::string& decision);
// Downloads the claim's documentation (the browser keeps the file; the server logs the read).
void InboxOpenAttachment(const InboxState& inbox, std::int64_t application, const std::string& sha256);

}  // namespace optagelse::web
