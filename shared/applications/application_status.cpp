// Status derivation: see application_status.h.
#include "applications/application_status.h"

namespace optagelse::applications {

std::string_view StatusName(Status status) {
  switch (status) {
    case Status::kDraft:
      return "draft";
    case Status::kAwaitingSignature:
      return "awaiting_signature";
    case Status::kSubmitted:
      return "submitted";
    case Status::kLate:
      return "late";
    case Status::kLocked:
      return "locked";
    case Status::kWithdrawn:
      return "withdrawn";
    case Status::kAllocated:
      return "allocated";
  }
  return "draft";
}

Status DeriveStatus(const StatusFacts& facts, const ApplicationRules& rules, UnixSeconds now) {
  if (facts.allocated) return Status::kAllocated;
  if (facts.withdrawn) return Status::kWithdrawn;
  if (!facts.submitted) return Status::kDraft;
  if (facts.signature_required && !facts.signature_valid) return Status::kAwaitingSignature;
  const UnixSeconds deadline = DeadlineAt(rules);
  if (facts.completed_at && *facts.completed_at > deadline) return Status::kLate;
  if (now > deadline) return Status::kLocked;
  return Status::kSubmitted;
}

std::optional<Status> StatusFromName(std::string_view name) {
  for (const Status status : {Status::kDraft, Status::kAwaitingSignature, Status::kSubmitted, Status::kLate, Status::kLocked,
                              Status::kWithdrawn, Status::kAllocated}) {
    if (StatusName(status) == name) return status;
  }
  return std::nullopt;
}

bool IsEditable(Status status) { return status != Status::kLocked && status != Status::kAllocated; }

}  // namespace optagelse::applications
