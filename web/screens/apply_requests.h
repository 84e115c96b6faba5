// The applicant's and guardian's calls to the server (login, my application, save, submit,
// withdraw, my children, sign or decline). Answers update ApplyState in a later frame.
#pragma once

#include <string_view>

#include "app_state.h"
#include "platform/browser_bridge.h"
#include "ui/ui_text.h"

namespace optagelse::web {

// The demo login picker's people; nothing on a server without --demo-login.
// Ends the session and forgets everything about the person in the page.
void ApplyFetch(AppState& state);
void ApplySave(AppState& state, bool then_submit);
void ApplyWithdraw(AppState& state);
void ApplySign(AppState& state, std::int64_t application_id, const std::string& content_sha256, bool sign);
// The person's rights (server: application_flow/personal_rights.h, routes/my_export_route.cpp):
// everything held about me, downloaded as JSON and as a page to read; contact data corrected at any
// time; a draft never submitted erased; an attachment no claim names erased.
void ApplyExportMyData(AppState& state);
void ApplyCorrectContact(AppState& state);
void ApplyEraseDraft(AppState& state);
void ApplyEraseAttachment(AppState& state, const std::string& sha256);
// Uploads a file documenting the forrang claim on wish `rank`; on success the claim names it.
void ApplyUploadAttachment(AppState& state, int rank, const ChosenFile& file);

}  // namespace optagelse::web
