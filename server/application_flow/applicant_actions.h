// What an applicant does with their own application, each in one transaction the caller opens:
// save a draft (every content change a new version, recorded; a change voids a guardian's
// signature and the guardians are told), submit (validated in full, routed, idempotent: the same
// version twice is one submission), withdraw. Optimistic concurrency: the caller names the version
// it last saw, so two tabs cannot overwrite each other unseen. docs/domain.md "The application".
#pragma once

#include "application_flow/application_state.h"
#include "auth/session.h"
#include "service_context.h"
#include "store/application_store.h"
#include "wire/json.h"

namespace optagelse::applications_service {

// Problems to answer with, and the HTTP status that fits them (422 for validation, 409 for state).
struct Refusal {
  int status = 400;
  std::vector<Problem> problems;
};
template <typename T>
using Outcome = tl::expected<T, Refusal>;

// The application as an action left it, and its state then (for the answer, so it is not read again).
struct Changed {
  store::StoredApplication application;
  ApplicationState state;
  bool unchanged = false;         // a save of the content already stored, or a second submission
  std::vector<Problem> warnings;  // what is still missing before it can be submitted
};

// body: {"version": <last seen, 0 for none>, "content": {...application...}}
Outcome<Changed> SaveDraft(ServiceContext& context, const auth::Session& session, const wire::Json& body);
// body: {"version": <the version being submitted>}
Outcome<Changed> Submit(ServiceContext& context, const auth::Session& session, const wire::Json& body);
Outcome<Changed> Withdraw(ServiceContext& context, const auth::Session& session, const wire::Json& body);

Refusal RefuseWith(const Problem& problem);

}  // namespace optagelse::applications_service
