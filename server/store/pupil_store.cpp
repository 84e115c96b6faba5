// Pupil storage: see pupil_store.h.
#include "store/pupil_store.h"

#include <ctime>
#include <unordered_map>
#include <unordered_set>

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
void BindRecord(Statement& statement, const std::string& school, const pupils::RowResult& r, const std::string& now) {
  statement.Bind(1, school).Bind(2, r.pupil.cpr).Bind(3, r.pupil.name).Bind(4, r.pupil.education_code);
  if (r.pupil.grade) statement.Bind(5, std::int64_t{r.pupil.grade}); else statement.BindNull(5);
  statement.Bind(6, r.pupil.class_name);
  BindOptionalDate(statement, 7, r.pupil.birth_date);
  BindOptionalDate(statement, 8, r.pupil.start_date);
  BindOptionalDate(statement, 9, r.pupil.end_date);
  statement.Bind(10, pupils::OutcomeName(r.outcome)).Bind(11, wire::ProblemsToStorage(r.problems));
  statement.Bind(12, std::int64_t{r.line}).Bind(13, now);
}

// The time of a write, once per report rather than once per row.
std::string NowIso() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
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

}  // namespace

Result<std::vector<std::int64_t>> SavePupilResults(Database& db, const std::string& school,
                                                   const std::vector<pupils::RowResult>& results) {
  auto existing = ExistingPupils::Load(db, school);
  if (!existing) return Fail(existing.error());
  auto insert = db.Prepare(
      "INSERT INTO pupils (institution, cpr, name, education_code, grade, class_name, birth_date, start_date,"
      " end_date, status, problems, line, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  auto update = db.Prepare(
      kUpdateSql);
  for (auto* statement : {&insert, &update}) {
    if (!*statement) return Fail(statement->error());
  }
  std::vector<std::int64_t> ids;
  ids.reserve(results.size());
  std::unordered_set<std::int64_t> used;
  const std::string now = NowIso();
  for (const pupils::RowResult& r : results) {
    const std::optional<std::int64_t> match = existing->Match(r, used);
    Statement& write = match ? *update : *insert;
    write.Reset();
    BindRecord(write, school, r, now);
    if (match) write.Bind(14, *match);
    if (auto done = write.Run(); !done) return Fail(done.error());
    const std::int64_t id = match ? *match : db.LastInsertRowId();
    used.insert(id);
    ids.push_back(id);
  }
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
  BindRecord(*update, result.pupil.institution, result, NowIso());
  update->Bind(14, id);
  return update->Run();
}

}  // namespace optagelse::store
