// UPV storage: see upv_store.h.
#include "store/upv_store.h"

namespace optagelse::store {
namespace {

constexpr const char* kColumns = "id, pupil_id, admission_year, input, assessment, changes, entered_by, entered_at";

UpvVersion ReadVersion(const Statement& row) {
  return UpvVersion{row.ColumnInt(0),  row.ColumnInt(1),  static_cast<int>(row.ColumnInt(2)), row.ColumnText(3),
                    row.ColumnText(4), row.ColumnText(5), row.ColumnText(6),                   row.ColumnText(7)};
}

}  // namespace

Result<std::int64_t> AppendUpv(Database& db, const UpvVersion& version) {
  auto insert = db.Prepare(
      "INSERT INTO upv_assessments (pupil_id, admission_year, input, assessment, changes, entered_by, entered_at)"
      " VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!insert) return Fail(insert.error());
  insert->Bind(1, version.pupil_id).Bind(2, std::int64_t{version.admission_year}).Bind(3, version.input_json);
  insert->Bind(4, version.assessment_json).Bind(5, version.changes_json).Bind(6, version.entered_by).Bind(7, version.entered_at);
  if (auto done = insert->Run(); !done) return Fail(done.error());
  return db.LastInsertRowId();
}

Result<std::vector<UpvVersion>> UpvHistory(Database& db, std::int64_t pupil_id) {
  auto query = db.Prepare(std::string("SELECT ") + kColumns + " FROM upv_assessments WHERE pupil_id = ? ORDER BY id DESC");
  if (!query) return Fail(query.error());
  query->Bind(1, pupil_id);
  std::vector<UpvVersion> versions;
  for (;;) {
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    versions.push_back(ReadVersion(*query));
  }
  return versions;
}

Result<std::unordered_map<std::int64_t, UpvVersion>> LatestUpvForSchool(Database& db, const std::string& school) {
  auto query = db.Prepare(std::string("SELECT ") + kColumns +
                          " FROM upv_assessments WHERE id IN (SELECT max(u.id) FROM upv_assessments u"
                          " JOIN pupils p ON p.id = u.pupil_id WHERE p.institution = ? GROUP BY u.pupil_id)");
  if (!query) return Fail(query.error());
  query->Bind(1, school);
  std::unordered_map<std::int64_t, UpvVersion> latest;
  for (;;) {
    auto row = query->Step();
    if (!row) return Fail(row.error());
    if (!*row) break;
    UpvVersion version = ReadVersion(*query);
    latest.emplace(version.pupil_id, std::move(version));
  }
  return latest;
}

}  // namespace optagelse::store
