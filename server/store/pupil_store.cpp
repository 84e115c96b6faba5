// Pupil storage: see pupil_store.h.
#include "store/pupil_store.h"

#include <unordered_set>

#include "wire/pupil_wire.h"

namespace optagelse::store {
namespace {

constexpr const char* kColumns =
    "id, status, line, problems, cpr, name, institution, education_code, grade, class_name, birth_date, start_date, end_date";

constexpr const char* kUpdateSql =
    "UPDATE pupils SET institution = ?, cpr = ?, name = ?, education_code = ?, grade = ?, class_name = ?,"
    " birth_date = ?, start_date = ?, end_date = ?, status = ?, problems = ?, line = ?,"
    " updated_at = strftime('%Y-%m-%dT%H:%M:%SZ','now') WHERE id = ?";

void BindOptionalDate(Statement& statement, int index, const std::optional<Date>& date) {
  if (date) statement.Bind(index, FormatIsoDate(*date)); else statement.BindNull(index);
}

// Binds the record's fields to parameters 1-12, in the column order of the INSERT and kUpdateSql.
void BindRecord(Statement& statement, const std::string& school, const pupils::RowResult& r) {
  statement.Bind(1, school).Bind(2, r.pupil.cpr).Bind(3, r.pupil.name).Bind(4, r.pupil.education_code);
  if (r.pupil.grade) statement.Bind(5, std::int64_t{r.pupil.grade}); else statement.BindNull(5);
  statement.Bind(6, r.pupil.class_name);
  BindOptionalDate(statement, 7, r.pupil.birth_date);
  BindOptionalDate(statement, 8, r.pupil.start_date);
  BindOptionalDate(statement, 9, r.pupil.end_date);
  statement.Bind(10, pupils::OutcomeName(r.outcome)).Bind(11, wire::ProblemsToStorage(r.problems));
  statement.Bind(12, std::int64_t{r.line});
}

pupils::PupilRecord ReadRecord(const Statement& row) {
  pupils::PupilRecord record;
  record.id = row.ColumnInt(0);
  record.status = pupils::OutcomeFromName(row.ColumnText(1)).value_or(pupils::RowOutcome::kRejected);
  record.line = static_cast<int>(row.ColumnInt(2));
  record.problems = wire::ProblemsFromStorage(row.ColumnText(3));
  record.pupil.cpr = row.ColumnText(4);
  record.pupil.name = row.ColumnText(5);
  record.pupil.institution = row.ColumnText(6);
  record.pupil.education_code = row.ColumnText(7);
  record.pupil.grade = static_cast<int>(row.ColumnInt(8));
  record.pupil.class_name = row.ColumnText(9);
  record.pupil.birth_date = ParseIsoDate(row.ColumnText(10));
  record.pupil.start_date = ParseIsoDate(row.ColumnText(11));
  record.pupil.end_date = ParseIsoDate(row.ColumnText(12));
  return record;
}

// The stored pupil a verdict is about, if any: same CPR number; else (a replaced number) same
// name, birth date and class among pupils not accepted. Ids already used by this report are skipped.
Result<std::optional<std::int64_t>> MatchExisting(Statement& by_cpr, Statement& by_identity, const std::string& school,
                                                  const pupils::RowResult& r,
                                                  const std::unordered_set<std::int64_t>& used) {
  for (Statement* query : {&by_cpr, &by_identity}) {
    query->Reset();
    query->Bind(1, school);
    if (query == &by_cpr) {
      query->Bind(2, r.pupil.cpr);
    } else {
      query->Bind(2, r.pupil.name).Bind(4, r.pupil.class_name);
      BindOptionalDate(*query, 3, r.pupil.birth_date);
    }
    for (;;) {
      auto row = query->Step();
      if (!row) return Fail(row.error());
      if (!*row) break;
      const std::int64_t id = query->ColumnInt(0);
      if (!used.contains(id)) return std::optional<std::int64_t>(id);
    }
  }
  return std::optional<std::int64_t>();
}

}  // namespace

Result<std::vector<std::int64_t>> SavePupilResults(Database& db, const std::string& school,
                                                   const std::vector<pupils::RowResult>& results) {
  auto by_cpr = db.Prepare("SELECT id FROM pupils WHERE institution = ? AND cpr = ? ORDER BY status = 'accepted' DESC, id");
  auto by_identity = db.Prepare(
      "SELECT id FROM pupils WHERE institution = ? AND name = ? AND birth_date IS ? AND class_name = ?"
      " AND status != 'accepted' ORDER BY id");
  auto insert = db.Prepare(
      "INSERT INTO pupils (institution, cpr, name, education_code, grade, class_name, birth_date, start_date,"
      " end_date, status, problems, line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto update = db.Prepare(
      kUpdateSql);
  for (auto* statement : {&by_cpr, &by_identity, &insert, &update}) {
    if (!*statement) return Fail(statement->error());
  }
  std::vector<std::int64_t> ids;
  ids.reserve(results.size());
  std::unordered_set<std::int64_t> used;
  for (const pupils::RowResult& r : results) {
    auto existing = MatchExisting(*by_cpr, *by_identity, school, r, used);
    if (!existing) return Fail(existing.error());
    Statement& write = *existing ? *update : *insert;
    write.Reset();
    BindRecord(write, school, r);
    if (*existing) write.Bind(13, **existing);
    if (auto done = write.Run(); !done) return Fail(done.error());
    const std::int64_t id = *existing ? **existing : db.LastInsertRowId();
    used.insert(id);
    ids.push_back(id);
  }
  return ids;
}

Result<std::vector<pupils::PupilRecord>> ListPupils(Database& db, const std::string& school, const PupilFilter& filter) {
  auto query = db.Prepare(std::string("SELECT ") + kColumns +
                          " FROM pupils WHERE institution = ? AND (? = '' OR status = ?) AND (? = '' OR class_name = ?)"
                          " ORDER BY class_name, name, id");
  if (!query) return Fail(query.error());
  const std::string status = filter.status ? std::string(pupils::OutcomeName(*filter.status)) : "";
  query->Bind(1, school).Bind(2, status).Bind(3, status).Bind(4, filter.class_name).Bind(5, filter.class_name);
  std::vector<pupils::PupilRecord> records;
  for (;;) {
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) return records;
    records.push_back(ReadRecord(*query));
  }
}

Result<std::optional<pupils::PupilRecord>> FindPupil(Database& db, const std::string& school, std::int64_t id) {
  auto query = db.Prepare(std::string("SELECT ") + kColumns + " FROM pupils WHERE institution = ? AND id = ?");
  if (!query) return Fail(query.error());
  query->Bind(1, school).Bind(2, id);
  auto row = query->Step();
  if (!row) return Fail(row.error());
  if (!*row) return std::optional<pupils::PupilRecord>();
  return std::optional<pupils::PupilRecord>(ReadRecord(*query));
}

Result<void> UpdatePupil(Database& db, std::int64_t id, const pupils::RowResult& result) {
  auto update = db.Prepare(
      kUpdateSql);
  if (!update) return Fail(update.error());
  BindRecord(*update, result.pupil.institution, result);
  update->Bind(13, id);
  return update->Run();
}

}  // namespace optagelse::store
