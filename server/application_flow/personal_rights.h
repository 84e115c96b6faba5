// The person's rights over their own application data beyond insight (privacy notice "Dine
// rettigheder"), each in one transaction the caller opens:
// - rectification: the applicant corrects their contact data at any time, also after the deadline
//   and after allocation (the guardian's signature does not cover contact data, so it stays valid);
//   everything else shows who corrects it (the insight export says so per part);
// - erasure: a draft that was never submitted is no longer needed by anyone and is deleted with
//   its history; an attachment no claim points to is deleted. What the law requires us to keep (a
//   submitted application) is refused with the date the retention job will delete it.
// Restriction and objection: the notice says Optagelse processes only what the law requires, so
// there is nothing to restrict; the screen says so and whom to contact.
#pragma once

#include "application_flow/applicant_actions.h"

namespace optagelse::applications_service {

// body: {"version": <last seen>, "contact": {"email": "...", "phone": "..."}}
Outcome<store::StoredApplication> CorrectContact(ServiceContext& context, const auth::Session& session, const wire::Json& body);

// body: {"version": <last seen>}. Deletes the application if it was never submitted.
Outcome<std::int64_t> EraseDraft(ServiceContext& context, const auth::Session& session, const wire::Json& body);

// Deletes one of the person's attachments unless a forrang claim of theirs names it.
Outcome<void> EraseAttachment(ServiceContext& context, const auth::Session& session, const std::string& sha256);

}  // namespace optagelse::applications_service
