// The status of an application, derived from what has happened to it and the time, never stored
// apart from its facts (so it cannot disagree with them). docs/domain.md "The application": after the
// deadline an application is locked; one completed later is late (eftertilmelder). An application
// is complete when it is submitted and, for an applicant under 18, signed by a guardian for its
// current content.
#pragma once

#include <optional>
#include <string_view>

#include "applications/application_rules.h"
#include "calendar/instant.h"

namespace optagelse::applications {

enum class Status { kDraft, kAwaitingSignature, kSubmitted, kLate, kLocked, kWithdrawn, kAllocated };
std::string_view StatusName(Status status);  // "draft", "awaiting_signature", ...

struct StatusFacts {
  bool submitted = false;
  bool withdrawn = false;
  bool allocated = false;  // a published allocation placed the applicant
  bool signature_required = false;
  bool signature_valid = false;            // a guardian signed the current content
  std::optional<UnixSeconds> completed_at;  // when it was last both submitted and (if needed) signed
};

Status DeriveStatus(const StatusFacts& facts, const ApplicationRules& rules, UnixSeconds now);

std::optional<Status> StatusFromName(std::string_view name);

// Whether the applicant may still change, submit or withdraw it: every status but locked (complete
// by the deadline, which has passed) and allocated (final). A withdrawn application may be saved
// again, which makes it a draft (docs/domain.md "Changing an application"); after the deadline it
// then becomes a late application when sent. The server and the web app both ask this.
bool IsEditable(Status status);

}  // namespace optagelse::applications
