// Applications in SQLite: see application_store.h.
#include "store/application_store.h"

#include <algorithm>

#include "registry/registry_types.h"
#include "wire/application_wire.h"

namespace optagelse::store {
namespace {

constexpr std::string_view kApplicationColumns =
    "id, applicant_cpr, admission_year, content, content_sha256, version, submitted, withdrawn, completed_at, "
    "coalesce(route, ''), coalesce(route_institution, ''), coalesce(route_municipality, 0), self_applied, updated_at";

Result<std::optional<StoredApplication>> ReadOne(Statement& statement) {
  auto row = statement.Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<StoredApplication>{};
  StoredApplication out;
  out.id = statement.ColumnInt(0);
  out.applicant_cpr = statement.ColumnText(1);
  out.admission_year = static_cast<int>(statement.ColumnInt(2));
  auto json = wire::ParseJson(statement.ColumnText(3));
  if (!json) return Fail(MakeError(ErrorCode::kInternal, "applications.content", "stored content is not JSON"));
  auto content = wire::ApplicationFromJson(*json);
  if (!content) return Fail(MakeError(ErrorCode::kInternal, "applications.content", content.error().field));
  out.content = std::move(*content);
  out.content_sha256 = statement.ColumnText(4);
  out.version = statement.ColumnInt(5);
  out.submitted = statement.ColumnInt(6) != 0;
  out.withdrawn = statement.ColumnInt(7) != 0;
  if (!statement.ColumnIsNull(8)) out.completed_at = statement.ColumnInt(8);
  out.route = statement.ColumnText(9);
  out.route_institution = statement.ColumnText(10);
  out.route_municipality = static_cast<int>(statement.ColumnInt(11));
  out.self_applied = statement.ColumnInt(12) != 0;
  out.updated_at = statement.ColumnText(13);
  return std::optional<StoredApplication>{std::move(out)};
}

Result<std::vector<std::int64_t>> Ids(Statement& statement) {
  std::vector<std::int64_t> ids;
  for (;;) {
    auto row = statement.Step();
    if (!row) return Fail(row.error());
    if (!*row) return ids;
    ids.push_back(statement.ColumnInt(0));
  }
}

// Brings the wish rows (one per rank, indexed by institution for the schools' inboxes) to the
// content's wishes, writing only the ranks that differ: a submission, a withdrawal or a save that
// left the wishes alone writes none, and a reordering rewrites only the ranks it moved.
Result<void> RewriteWishes(Database& db, const StoredApplication& application) {
  auto stored = db.Prepare("SELECT rank, institution, programme FROM application_wishes WHERE application_id = ? ORDER BY rank");
  if (!stored) return Fail(stored.error());
  stored->Bind(1, application.id);
  std::vector<applications::Wish> rows;  // rank i + 1 at index i; ranks are 1, 2, ... without gaps
  for (;;) {
    auto row = stored->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    if (stored->ColumnInt(0) != static_cast<std::int64_t>(rows.size() + 1)) {
      return Fail(MakeError(ErrorCode::kInternal, "application_wishes.rank", std::to_string(stored->ColumnInt(0))));
    }
    rows.push_back(applications::Wish{stored->ColumnText(1), stored->ColumnText(2)});
  }
  const auto& wishes = application.content.wishes;
  for (std::size_t i = 0; i < wishes.size(); ++i) {
    const auto& wish = wishes[i];
    if (i < rows.size() && rows[i] == wish) continue;
    auto write = db.Prepare(i < rows.size() ? "UPDATE application_wishes SET institution = ?3, programme = ?4 WHERE application_id = ?1 AND rank = ?2"
                                            : "INSERT INTO application_wishes (application_id, rank, institution, programme) VALUES (?1, ?2, ?3, ?4)");
    if (!write) return Fail(write.error());
    write->Bind(1, application.id).Bind(2, static_cast<std::int64_t>(i + 1)).Bind(3, wish.institution).Bind(4, wish.programme);
    if (auto done = write->Run(); !done) return Fail(done.error());
  }
  if (rows.size() > wishes.size()) {
    auto clear = db.Prepare("DELETE FROM application_wishes WHERE application_id = ? AND rank > ?");
    if (!clear) return Fail(clear.error());
    clear->Bind(1, application.id).Bind(2, static_cast<std::int64_t>(wishes.size()));
    if (auto done = clear->Run(); !done) return Fail(done.error());
  }
  return {};
}

}  // namespace

Result<std::optional<StoredApplication>> FindApplication(Database& db, std::string_view applicant_cpr, int admission_year) {
  auto statement = db.Prepare("SELECT " + std::string(kApplicationColumns) +
                              " FROM applications WHERE applicant_cpr = ? AND admission_year = ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, applicant_cpr).Bind(2, static_cast<std::int64_t>(admission_year));
  return ReadOne(*statement);
}

Result<std::optional<StoredApplication>> FindApplicationById(Database& db, std::int64_t id) {
  auto statement = db.Prepare("SELECT " + std::string(kApplicationColumns) + " FROM applications WHERE id = ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, id);
  return ReadOne(*statement);
}

Result<std::int64_t> SaveApplication(Database& db, const StoredApplication& application) {
  const std::string content = wire::Dump(wire::ApplicationToJson(application.content));
  auto statement = db.Prepare(
      application.id == 0
          ? "INSERT INTO applications (content, content_sha256, version, submitted, withdrawn, completed_at, route, "
            "route_institution, route_municipality, self_applied, updated_at, applicant_cpr, admission_year) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
          : "UPDATE applications SET content = ?, content_sha256 = ?, version = ?, submitted = ?, withdrawn = ?, "
            "completed_at = ?, route = ?, route_institution = ?, route_municipality = ?, self_applied = ?, updated_at = ? "
            "WHERE applicant_cpr = ? AND admission_year = ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, content).Bind(2, application.content_sha256).Bind(3, application.version);
  statement->Bind(4, static_cast<std::int64_t>(application.submitted)).Bind(5, static_cast<std::int64_t>(application.withdrawn));
  if (application.completed_at) {
    statement->Bind(6, *application.completed_at);
  } else {
    statement->BindNull(6);
  }
  statement->Bind(7, application.route).Bind(8, application.route_institution);
  statement->Bind(9, static_cast<std::int64_t>(application.route_municipality));
  statement->Bind(10, static_cast<std::int64_t>(application.self_applied)).Bind(11, application.updated_at);
  statement->Bind(12, application.applicant_cpr).Bind(13, static_cast<std::int64_t>(application.admission_year));
  if (auto done = statement->Run(); !done) return Fail(done.error());
  StoredApplication saved = application;
  if (saved.id == 0) saved.id = db.LastInsertRowId();
  if (auto wishes = RewriteWishes(db, saved); !wishes) return Fail(wishes.error());
  return saved.id;
}

Result<void> AppendEvent(Database& db, std::int64_t application_id, const ApplicationEvent& event) {
  auto statement = db.Prepare(
      "INSERT INTO application_events (application_id, version, event, actor_role, actor, at, detail) VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, application_id).Bind(2, event.version).Bind(3, event.event).Bind(4, event.actor_role);
  statement->Bind(5, event.actor).Bind(6, event.at).Bind(7, event.detail_json.empty() ? "{}" : event.detail_json);
  return statement->Run();
}

namespace {

Result<std::vector<ApplicationEvent>> ReadEvents(Statement& statement) {
  std::vector<ApplicationEvent> events;
  for (;;) {
    auto row = statement.Step();
    if (!row) return Fail(row.error());
    if (!*row) return events;
    events.push_back({statement.ColumnInt(0), statement.ColumnText(1), statement.ColumnText(2), statement.ColumnText(3),
                      statement.ColumnText(4), statement.ColumnText(5)});
  }
}

}  // namespace

Result<std::vector<ApplicationEvent>> Events(Database& db, std::int64_t application_id) {
  auto statement = db.Prepare(
      "SELECT version, event, actor_role, actor, at, detail FROM application_events WHERE application_id = ? ORDER BY id");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, application_id);
  return ReadEvents(*statement);
}

Result<std::vector<ApplicationEvent>> RecentEvents(Database& db, std::int64_t application_id, int limit) {
  auto statement = db.Prepare(
      "SELECT version, event, actor_role, actor, at, detail FROM application_events WHERE application_id = ? ORDER BY id DESC LIMIT ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, application_id).Bind(2, static_cast<std::int64_t>(limit));
  auto events = ReadEvents(*statement);
  if (events) std::reverse(events->begin(), events->end());
  return events;
}

Result<bool> EverSubmitted(Database& db, std::int64_t application_id) {
  // Searched through the partial index of submissions (migration 10), not the application's whole history.
  auto query = db.Prepare("SELECT 1 FROM application_events WHERE application_id = ? AND event = 'submitted' LIMIT 1");
  if (!query) return Fail(query.error());
  query->Bind(1, application_id);
  return query->Step();
}

Result<void> AppendSignature(Database& db, std::int64_t application_id, const SignatureRecord& signature) {
  auto statement = db.Prepare(
      "INSERT INTO application_signatures (application_id, guardian_cpr, content_sha256, decision, comment, at) VALUES (?, ?, ?, ?, ?, ?)");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, application_id).Bind(2, signature.guardian_cpr).Bind(3, signature.content_sha256);
  statement->Bind(4, signature.decision).Bind(5, signature.comment).Bind(6, signature.at);
  return statement->Run();
}

namespace {

Result<std::vector<SignatureRecord>> ReadSignatures(Statement& statement) {
  std::vector<SignatureRecord> out;
  for (;;) {
    auto row = statement.Step();
    if (!row) return Fail(row.error());
    if (!*row) return out;
    out.push_back({statement.ColumnText(0), statement.ColumnText(1), statement.ColumnText(2), statement.ColumnText(3),
                   statement.ColumnText(4)});
  }
}

}  // namespace

Result<std::vector<SignatureRecord>> Signatures(Database& db, std::int64_t application_id) {
  auto statement = db.Prepare(
      "SELECT guardian_cpr, content_sha256, decision, comment, at FROM application_signatures WHERE application_id = ? ORDER BY id");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, application_id);
  return ReadSignatures(*statement);
}

Result<std::vector<SignatureRecord>> SignaturesOn(Database& db, std::int64_t application_id, std::string_view content_sha256) {
  auto statement = db.Prepare(
      "SELECT guardian_cpr, content_sha256, decision, comment, at FROM application_signatures "
      "WHERE application_id = ? AND content_sha256 = ? ORDER BY id");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, application_id).Bind(2, content_sha256);
  return ReadSignatures(*statement);
}

Result<std::vector<SignatureRecord>> RecentSignatures(Database& db, std::int64_t application_id, int limit) {
  auto statement = db.Prepare(
      "SELECT guardian_cpr, content_sha256, decision, comment, at FROM application_signatures "
      "WHERE application_id = ? ORDER BY id DESC LIMIT ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, application_id).Bind(2, static_cast<std::int64_t>(limit));
  auto signatures = ReadSignatures(*statement);
  if (signatures) std::reverse(signatures->begin(), signatures->end());
  return signatures;
}

Result<void> DeleteApplication(Database& db, std::int64_t application_id) {
  for (const std::string_view sql :
       {"DELETE FROM allocation_outcomes WHERE application_id = ?", "DELETE FROM forrang_decisions WHERE application_id = ?",
        "DELETE FROM application_signatures WHERE application_id = ?", "DELETE FROM guardian_notices WHERE application_id = ?",
        "DELETE FROM outbox WHERE application_id = ?", "DELETE FROM application_events WHERE application_id = ?",
        "DELETE FROM application_wishes WHERE application_id = ?", "DELETE FROM applications WHERE id = ?"}) {
    auto statement = db.Prepare(sql);
    if (!statement) return Fail(statement.error());
    statement->Bind(1, application_id);
    if (auto done = statement->Run(); !done) return Fail(done.error());
  }
  return {};
}

Result<void> AddGuardianNotice(Database& db, std::string_view guardian_cpr, std::int64_t application_id, std::string_view kind,
                               std::string_view at) {
  auto statement = db.Prepare("INSERT INTO guardian_notices (guardian_cpr, application_id, kind, at) VALUES (?, ?, ?, ?)");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, guardian_cpr).Bind(2, application_id).Bind(3, kind).Bind(4, at);
  return statement->Run();
}

Result<std::vector<GuardianNotice>> GuardianNotices(Database& db, std::string_view guardian_cpr) {
  auto statement = db.Prepare("SELECT application_id, kind, at FROM guardian_notices WHERE guardian_cpr = ? ORDER BY id DESC LIMIT 50");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, guardian_cpr);
  std::vector<GuardianNotice> out;
  for (;;) {
    auto row = statement->Step();
    if (!row) return Fail(row.error());
    if (!*row) return out;
    out.push_back({statement->ColumnInt(0), statement->ColumnText(1), statement->ColumnText(2)});
  }
}

Result<void> AppendForrangDecision(Database& db, std::int64_t application_id, const ForrangDecision& decision) {
  auto statement = db.Prepare(
      "INSERT INTO forrang_decisions (application_id, wish, ground, decision, reason, decided_by, at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, application_id).Bind(2, static_cast<std::int64_t>(decision.wish)).Bind(3, decision.ground);
  statement->Bind(4, decision.decision).Bind(5, decision.reason).Bind(6, decision.decided_by).Bind(7, decision.at);
  return statement->Run();
}

Result<std::vector<ForrangDecision>> CurrentForrangDecisions(Database& db, std::int64_t application_id) {
  auto statement = db.Prepare(
      "SELECT wish, ground, decision, reason, decided_by, at FROM forrang_decisions d WHERE application_id = ? AND id = "
      "(SELECT max(id) FROM forrang_decisions e WHERE e.application_id = d.application_id AND e.wish = d.wish) ORDER BY wish");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, application_id);
  std::vector<ForrangDecision> out;
  for (;;) {
    auto row = statement->Step();
    if (!row) return Fail(row.error());
    if (!*row) return out;
    out.push_back({static_cast<int>(statement->ColumnInt(0)), statement->ColumnText(1), statement->ColumnText(2),
                   statement->ColumnText(3), statement->ColumnText(4), statement->ColumnText(5)});
  }
}

Result<void> StoreAttachment(Database& db, std::string_view owner_cpr, const Attachment& attachment) {
  auto statement = db.Prepare(
      "INSERT OR IGNORE INTO attachments (owner_cpr, sha256, media_type, size, file_name, content, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, owner_cpr).Bind(2, attachment.sha256).Bind(3, attachment.media_type).Bind(4, attachment.size);
  statement->Bind(5, attachment.file_name).BindBlob(6, attachment.content).Bind(7, attachment.uploaded_at);
  return statement->Run();
}

Result<std::optional<Attachment>> FindAttachment(Database& db, std::string_view owner_cpr, std::string_view sha256,
                                                 bool with_content) {
  auto statement = db.Prepare(
      with_content ? "SELECT sha256, media_type, size, file_name, uploaded_at, content FROM attachments WHERE owner_cpr = ? AND sha256 = ?"
                   : "SELECT sha256, media_type, size, file_name, uploaded_at FROM attachments WHERE owner_cpr = ? AND sha256 = ?");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, owner_cpr).Bind(2, sha256);
  auto row = statement->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<Attachment>{};
  Attachment out{statement->ColumnText(0), statement->ColumnText(1), statement->ColumnInt(2), statement->ColumnText(3),
                 statement->ColumnText(4), with_content ? statement->ColumnBlob(5) : std::string()};
  return std::optional<Attachment>{std::move(out)};
}

Result<std::vector<Attachment>> ListAttachments(Database& db, std::string_view owner_cpr) {
  auto statement = db.Prepare(
      "SELECT sha256, media_type, size, file_name, uploaded_at FROM attachments WHERE owner_cpr = ? ORDER BY uploaded_at, sha256");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, owner_cpr);
  std::vector<Attachment> out;
  for (;;) {
    auto row = statement->Step();
    if (!row) return Fail(row.error());
    if (!*row) return out;
    out.push_back({statement->ColumnText(0), statement->ColumnText(1), statement->ColumnInt(2), statement->ColumnText(3),
                   statement->ColumnText(4), ""});
  }
}

Result<std::vector<std::int64_t>> ApplicationsForInstitution(Database& db, int admission_year, std::string_view institution) {
  // The 1st wish, or a wish within the forrang ranks that carries a claim (checked by the caller).
  auto statement = db.Prepare(
      "SELECT DISTINCT a.id FROM applications a JOIN application_wishes w ON w.application_id = a.id "
      "WHERE a.admission_year = ? AND a.submitted = 1 AND a.withdrawn = 0 AND w.institution = ? ORDER BY a.id");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, static_cast<std::int64_t>(admission_year)).Bind(2, institution);
  return Ids(*statement);
}

Result<std::vector<std::int64_t>> ApplicationsOfResidents(Database& db, int admission_year, int municipality_code) {
  auto statement = db.Prepare(
      "SELECT a.id FROM applications a JOIN persons p ON p.cpr = a.applicant_cpr "
      "WHERE a.admission_year = ? AND a.submitted = 1 AND a.withdrawn = 0 AND p.municipality_code = ? ORDER BY a.id");
  if (!statement) return Fail(statement.error());
  statement->Bind(1, static_cast<std::int64_t>(admission_year)).Bind(2, static_cast<std::int64_t>(municipality_code));
  return Ids(*statement);
}

Result<std::vector<applications::Offer>> LoadOffers(Database& db) {
  auto statement = db.Prepare(
      "SELECT p.institution_number, p.programme, i.name, i.municipality_code, p.open, i.kind FROM institution_programmes p "
      "JOIN institutions i ON i.number = p.institution_number ORDER BY p.institution_number, p.programme");
  if (!statement) return Fail(statement.error());
  std::vector<applications::Offer> offers;
  for (;;) {
    auto row = statement->Step();
    if (!row) return Fail(row.error());
    if (!*row) return offers;
    applications::Offer offer{statement->ColumnText(0), statement->ColumnText(1), statement->ColumnText(2),
                              static_cast<int>(statement->ColumnInt(3)), statement->ColumnInt(4) != 0,
                              statement->ColumnText(5) == registry::kPrivateGymnasium};
    if (applications::ProgrammeKindOf(offer.programme) != applications::ProgrammeKind::kUnknown) offers.push_back(std::move(offer));
  }
}

Result<bool> RecordAllocated(Database& db, std::int64_t application_id, std::int64_t run_id, const std::string& at) {
  auto insert = db.Prepare("INSERT OR IGNORE INTO allocation_outcomes (application_id, run_id, recorded_at) VALUES (?, ?, ?)");
  if (!insert) return Fail(insert.error());
  insert->Bind(1, application_id).Bind(2, run_id).Bind(3, at);
  if (auto done = insert->Run(); !done) return Fail(done.error());
  auto changed = db.QueryInt("SELECT changes()");
  if (!changed) return Fail(changed.error());
  return *changed > 0;
}

Result<bool> IsAllocated(Database& db, std::int64_t application_id) {
  auto query = db.Prepare("SELECT 1 FROM allocation_outcomes WHERE application_id = ?");
  if (!query) return Fail(query.error());
  query->Bind(1, application_id);
  return query->Step();
}

}  // namespace optagelse::store
