// What an application's facts mean now: whether a guardian must sign (applicant under 18 on the
// deadline day, from the birth date in the CPR number), whether a guardian has signed exactly the
// current content, and the status that follows (applications/application_status.h). And the one
// JSON view of an application, cut to what each audience may see.
#pragma once

#include <vector>

#include "applications/application_rules.h"
#include "applications/application_status.h"
#include "service_context.h"
#include "store/application_store.h"
#include "wire/application_answers.h"
#include "wire/staff_answers.h"
#include "wire/json.h"

namespace optagelse::applications_service {

struct ApplicationState {
  applications::Status status = applications::Status::kDraft;
  bool signature_required = false;
  bool signature_valid = false;
  std::vector<store::SignatureRecord> signatures;  // the guardians' decisions on the current content, oldest first
  bool allocated = false;
  std::int64_t application_id = 0;   // what the signatures and the allocation were read for
  std::string content_sha256;
};

Result<ApplicationState> StateOf(store::Database& db, const store::StoredApplication& application,
                                 const applications::ApplicationRules& rules, UnixSeconds now);

// The state of an application changed in the transaction that read `known` (a save, a submission,
// a withdrawal: none of them signs or allocates): the signatures are read again only if the
// content is other than the one they were read for, and the status is derived afresh. An
// application other than the one `known` was read for is read in full (StateOf).
Result<ApplicationState> StateAfterChange(store::Database& db, const ApplicationState& known,
                                          const store::StoredApplication& application,
                                          const applications::ApplicationRules& rules, UnixSeconds now);

// Whether the application, as stored, is complete: submitted and, if needed, signed for its content.
bool IsComplete(const store::StoredApplication& application, const ApplicationState& state);

// The rules of the year an application belongs to, or kApplicationNoRules.
Result<const applications::ApplicationRules*> ApplicationRulesFor(const ServiceContext& context, int admission_year);

enum class Audience {
  kApplicant,    // everything, with the history
  kGuardian,     // the content and the signature status
  kInstitution,  // the content, forrang claims with the documentation of those it decides, and decisions
  kRegion,       // the same for the claims the region decides (handicap)
  kCounsellor,   // the content without forrang documentation
};

// The applicant's answers carry the latest events of the history and the latest signature
// decisions (an answer's size must not grow with every save) and say whether it was ever
// submitted; the insight export carries all of it.
enum class History { kRecent, kComplete };
inline constexpr int kRecentHistoryEvents = 10;
inline constexpr int kRecentSignatureDecisions = 10;

// The application as `audience` sees it (wire/application_answers.h).
wire::ApplicationView ApplicationViewOf(store::Database& db, const store::StoredApplication& application,
                                        const ApplicationState& state, Audience audience, History history = History::kRecent);

// The applicant as staff see them: the CPR number, and the name unless it is protected (or the
// person is not in the register, when nothing more is known).
wire::ApplicantSeen ApplicantSeenOf(store::Database& db, const std::string& cpr);

}  // namespace optagelse::applications_service
