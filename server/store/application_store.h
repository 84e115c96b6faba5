// Applications in the database: one row per applicant and admission year (so submitting twice or
// retrying after a dropped connection can never make two), its wishes indexed for the
// institutions' inboxes, and the append-only records around it: events (who, when, what),
// guardians' signatures, notices to guardians, forrang decisions. Attachments are stored by
// owner and SHA-256 of their content. The caller holds the database lock and the transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "applications/application.h"
#include "applications/offer_catalog.h"
#include "store/database.h"

namespace optagelse::store {

struct StoredApplication {
  std::int64_t id = 0;
  std::string applicant_cpr;
  int admission_year = 0;
  applications::Application content;
  std::string content_sha256;
  std::int64_t version = 0;
  bool submitted = false;
  bool withdrawn = false;
  bool self_applied = true;  // entered by the applicant with MitID, not by staff for them
  std::optional<std::int64_t> completed_at;
  std::string route;              // "central_allocation", "institution", "counsellor" once submitted
  std::string route_institution;
  int route_municipality = 0;
  std::string updated_at;
};

Result<std::optional<StoredApplication>> FindApplication(Database& db, std::string_view applicant_cpr, int admission_year);
Result<std::optional<StoredApplication>> FindApplicationById(Database& db, std::int64_t id);
// Inserts (id 0) or updates the row and brings its wish rows to the content (writing only the ranks
// that changed); returns the id.
Result<std::int64_t> SaveApplication(Database& db, const StoredApplication& application);

struct ApplicationEvent {
  std::int64_t version = 0;
  std::string event;  // "saved", "submitted", "withdrawn", "signed", "declined", "signature_voided", "forrang_decided"
  std::string actor_role;
  std::string actor;
  std::string at;
  std::string detail_json;
};
Result<void> AppendEvent(Database& db, std::int64_t application_id, const ApplicationEvent& event);

// A published allocation run decided the application (its status becomes "allocated"). The first
// publication that includes it is kept: returns false when one already had.
Result<bool> RecordAllocated(Database& db, std::int64_t application_id, std::int64_t run_id, const std::string& at);
Result<bool> IsAllocated(Database& db, std::int64_t application_id);
Result<std::vector<ApplicationEvent>> Events(Database& db, std::int64_t application_id);
// The latest `limit` events, oldest first: what an answer shows, however long the history grew.
Result<std::vector<ApplicationEvent>> RecentEvents(Database& db, std::int64_t application_id, int limit);
// Whether the application was ever submitted (once sent, the law keeps it, even if withdrawn later).
Result<bool> EverSubmitted(Database& db, std::int64_t application_id);
// Deletes an application with everything that hangs on it (wishes, events, signatures, notices,
// messages, forrang decisions, allocation outcomes): the retention job and a draft's erasure.
Result<void> DeleteApplication(Database& db, std::int64_t application_id);

struct SignatureRecord {
  std::string guardian_cpr;
  std::string content_sha256;
  std::string decision;  // "signed" or "declined"
  std::string comment;
  std::string at;
};
Result<void> AppendSignature(Database& db, std::int64_t application_id, const SignatureRecord& signature);
Result<std::vector<SignatureRecord>> Signatures(Database& db, std::int64_t application_id);  // oldest first
// The decisions on one version of the content (what decides whether it is signed), oldest first.
Result<std::vector<SignatureRecord>> SignaturesOn(Database& db, std::int64_t application_id, std::string_view content_sha256);
// The latest `limit` decisions on any content, oldest first: what an answer shows.
Result<std::vector<SignatureRecord>> RecentSignatures(Database& db, std::int64_t application_id, int limit);

Result<void> AddGuardianNotice(Database& db, std::string_view guardian_cpr, std::int64_t application_id, std::string_view kind,
                               std::string_view at);
struct GuardianNotice {
  std::int64_t application_id = 0;
  std::string kind;
  std::string at;
};
Result<std::vector<GuardianNotice>> GuardianNotices(Database& db, std::string_view guardian_cpr);

struct ForrangDecision {
  int wish = 0;
  std::string ground;
  std::string decision;  // "granted" or "refused"
  std::string reason;
  std::string decided_by;
  std::string at;
};
Result<void> AppendForrangDecision(Database& db, std::int64_t application_id, const ForrangDecision& decision);
// The latest decision per wish.
Result<std::vector<ForrangDecision>> CurrentForrangDecisions(Database& db, std::int64_t application_id);

struct Attachment {
  std::string sha256;
  std::string media_type;
  std::int64_t size = 0;
  std::string file_name;
  std::string uploaded_at;
  std::string content;  // only when asked for
};
Result<void> StoreAttachment(Database& db, std::string_view owner_cpr, const Attachment& attachment);
Result<std::optional<Attachment>> FindAttachment(Database& db, std::string_view owner_cpr, std::string_view sha256,
                                                 bool with_content);
Result<std::vector<Attachment>> ListAttachments(Database& db, std::string_view owner_cpr);

// Ids of submitted, not withdrawn applications of a year where the institution is the 1st wish or
// holds a wish with a forrang claim; and of applicants living in a municipality.
Result<std::vector<std::int64_t>> ApplicationsForInstitution(Database& db, int admission_year, std::string_view institution);
Result<std::vector<std::int64_t>> ApplicationsOfResidents(Database& db, int admission_year, int municipality_code);

// The public catalogue of programmes at institutions, for wishes.
Result<std::vector<applications::Offer>> LoadOffers(Database& db);

}  // namespace optagelse::store
