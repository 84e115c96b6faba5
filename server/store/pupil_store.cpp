// Pupil storage: see pupil_store.h.
#include "store/pupil_store.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "clock.h"
#include "wire/pupil_wire.h"

namespace optagelse::store {
namespace {

constexpr const char* kColumns =
    "id, status, line, problems, cpr, name, institution, education_code, grade, class_name, birth_date, start_date, end_date";

constexpr const char* kUpdateSql =
    "UPDATE pupils SET institution = ?, cpr = ?, name = ?, education_code = ?, grade = ?, class_name = ?,"
    " birth_date = ?, start_date = ?, end_date = ?, status = ?, problems = ?, line = ?, updated_at = ?"
    " WHERE id = ?";

void BindOptionalDate(Statement& statement, int index, const std::optional<Date>& date) {
  if (date) statement.Bind(index, FormatIsoDate(*date)); else statement.BindNull(index);
}

// Binds the record's fields to parameters 1-13, in the column order of the INSERT and kUpdateSql.
// (offset shifts them, for the later rows of a multi-row INSERT).
void BindRecord(Statement& statement, const std::string& school, const pupils::RowResult& r, const std::string& now,
                int offset = 0) {
  const int o = offset;
  statement.Bind(o + 1, school).Bind(o + 2, r.pupil.cpr).Bind(o + 3, r.pupil.name).Bind(o + 4, r.pupil.education_code);
  if (r.pupil.grade) statement.Bind(o + 5, std::int64_t{r.pupil.grade}); else statement.BindNull(o + 5);
  statement.Bind(o + 6, r.pupil.class_name);
  BindOptionalDate(statement, o + 7, r.pupil.birth_date);
  BindOptionalDate(statement, o + 8, r.pupil.start_date);
  BindOptionalDate(statement, o + 9, r.pupil.end_date);
  statement.Bind(o + 10, pupils::OutcomeName(r.outcome)).Bind(o + 11, wire::ProblemsToStorage(r.problems));
  statement.Bind(o + 12, std::int64_t{r.line}).Bind(o + 13, now);
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

// The school's stored pupils, indexed the two ways a verdict can find its pupil: by CPR number
// (accepted first), and - for pupils not accepted, whose number was fictitious or wrong - by name,
// birth date and class. Loaded once per report, so a report costs no lookup query per row.
class ExistingPupils {
 public:
  static Result<ExistingPupils> Load(Database& db, const std::string& school) {
    auto query = db.Prepare(
        "SELECT id, cpr, name, coalesce(birth_date, ''), class_name, status = 'accepted' FROM pupils"
        " WHERE institution = ? ORDER BY status = 'accepted' DESC, id");
    if (!query) return Fail(query.error());
    query->Bind(1, school);
    ExistingPupils existing;
    for (;;) {
      auto row = query->Step();
      if (!row) return Fail(row.error());
      if (!*row) return existing;
      const std::int64_t id = query->ColumnInt(0);
      existing.by_cpr_.emplace(query->ColumnText(1), id);
      if (query->ColumnInt(5) == 0) {
        existing.by_identity_.emplace(Identity(query->ColumnText(2), query->ColumnText(3), query->ColumnText(4)), id);
      }
    }
  }

  // The stored pupil this verdict is about, skipping ids this report has already used.
  std::optional<std::int64_t> Match(const pupils::RowResult& r, const std::unordered_set<std::int64_t>& used) const {
    const std::string birth = r.pupil.birth_date ? FormatIsoDate(*r.pupil.birth_date) : "";
    for (const auto* index : {&by_cpr_, &by_identity_}) {
      const std::string key = index == &by_cpr_ ? r.pupil.cpr : Identity(r.pupil.name, birth, r.pupil.class_name);
      const auto [first, last] = index->equal_range(key);
      for (auto it = first; it != last; ++it) {
        if (!used.contains(it->second)) return it->second;
      }
    }
    return std::nullopt;
  }

 private:
  static std::string Identity(const std::string& name, const std::string& birth, const std::string& class_name) {
    return name + '\x1f' + birth + '\x1f' + class_name;
  }
  std::unordered_multimap<std::string, std::int64_t> by_cpr_;
  std::unordered_multimap<std::string, std::int64_t> by_identity_;
};

// Inserts the given verdicts in batches of multi-row INSERTs (one statement per kBatch rows costs
// far less than one per row) and fills their ids. Ids are consecutive within a batch: SQLite gives
// each new row max(id) + 1, and the range is checked.
Result<void> InsertNewPupils(Database& db, const std::string& school, const std::vector<pupils::RowResult>& results,
                             const std::vector<std::size_t>& rows, const std::string& now, std::vector<std::int64_t>& ids) {
  constexpr std::size_t kBatch = 64;
  constexpr int kColumnsPerRow = 13;
  std::optional<Statement> full_batch;
  for (std::size_t start = 0; start < rows.size(); start += kBatch) {
    const std::size_t count = std::min(kBatch, rows.size() - start);
    std::string sql =
        "INSERT INTO pupils (institution, cpr, name, education_code, grade, class_name, birth_date, start_date,"
        " end_date, status, problems, line, updated_at) VALUES ";
    for (std::size_t i = 0; i < count; ++i) sql += i == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?,?)";
    std::optional<Statement> partial;
    if (count == kBatch && !full_batch) {
      auto prepared = db.Prepare(sql);
      if (!prepared) return Fail(prepared.error());
      full_batch.emplace(std::move(*prepared));
    } else if (count != kBatch) {
      auto prepared = db.Prepare(sql);
      if (!prepared) return Fail(prepared.error());
      partial.emplace(std::move(*prepared));
    }
    Statement& insert = count == kBatch ? *full_batch : *partial;
    insert.Reset();
    for (std::size_t i = 0; i < count; ++i) {
      BindRecord(insert, school, results[rows[start + i]], now, static_cast<int>(i) * kColumnsPerRow);
    }
    if (auto done = insert.Run(); !done) return Fail(done.error());
    const std::int64_t last = db.LastInsertRowId();
    const std::int64_t first = last - static_cast<std::int64_t>(count) + 1;
    auto check = db.Prepare("SELECT count(*) FROM pupils WHERE id BETWEEN ? AND ? AND institution = ?");
    if (!check) return Fail(check.error());
    check->Bind(1, first).Bind(2, last).Bind(3, school);
    auto counted = check->Step();
    if (!counted || !*counted || check->ColumnInt(0) != static_cast<std::int64_t>(count)) {
      return Fail(MakeError(ErrorCode::kInternal, "pupils", "non-consecutive ids"));
    }
    for (std::size_t i = 0; i < count; ++i) ids[rows[start + i]] = first + static_cast<std::int64_t>(i);
  }
  return {};
}

}  // namespace

Result<std::vector<std::int64_t>> SavePupilResults(Database& db, const std::string& school,
                                                   const std::vector<pupils::RowResult>& results) {
  auto existing = ExistingPupils::Load(db, school);
  if (!existing) return Fail(existing.error());
  auto update = db.Prepare(kUpdateSql);
  if (!update) return Fail(update.error());
  std::vector<std::int64_t> ids(results.size(), 0);
  std::vector<std::size_t> new_rows;  // positions of verdicts about pupils not stored yet
  std::unordered_set<std::int64_t> used;
  const std::string now = clock::NowIso();
  for (std::size_t i = 0; i < results.size(); ++i) {
    const std::optional<std::int64_t> match = existing->Match(results[i], used);
    if (!match) {
      new_rows.push_back(i);
      continue;
    }
    update->Reset();
    BindRecord(*update, school, results[i], now);
    update->Bind(14, *match);
    if (auto done = update->Run(); !done) return Fail(done.error());
    used.insert(*match);
    ids[i] = *match;
  }
  if (auto inserted = InsertNewPupils(db, school, results, new_rows, now, ids); !inserted) return Fail(inserted.error());
  return ids;
}

Result<std::vector<pupils::PupilRecord>> ListPupils(Database& db, const std::string& school, const PupilFilter& filter) {
  auto query = db.Prepare(std::string("SELECT ") + kColumns +
                          " FROM pupils WHERE institution = ? AND (? = '' OR instr(?, ',' || status || ',') > 0)"
                          " AND (? = '' OR class_name = ?) ORDER BY class_name, name, id");
  if (!query) return Fail(query.error());
  std::string statuses;  // ",rejected,filtered," or empty for all
  for (const pupils::RowOutcome status : filter.statuses) statuses += "," + std::string(pupils::OutcomeName(status));
  if (!statuses.empty()) statuses += ",";
  query->Bind(1, school).Bind(2, statuses).Bind(3, statuses).Bind(4, filter.class_name).Bind(5, filter.class_name);
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
  BindRecord(*update, result.pupil.institution, result, clock::NowIso());
  update->Bind(14, id);
  return update->Run();
}

Result<std::vector<pupils::PupilRecord>> FindAcceptedPupilsByCpr(Database& db, const std::string& cpr) {
  auto query = db.Prepare(std::string("SELECT ") + kColumns + " FROM pupils WHERE cpr = ? AND status = 'accepted'");
  if (!query) return Fail(query.error());
  query->Bind(1, cpr);
  std::vector<pupils::PupilRecord> records;
  for (;;) {
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    records.push_back(ReadRecord(*query));
  }
  return records;
}

}  // namespace optagelse::store
