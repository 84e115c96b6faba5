// Pupil report import: see pupil_import.h.
#include "import/pupil_import.h"

#include "crypto/digest.h"
#include "pupils/pupil_report_reader.h"
#include "store/pupil_store.h"
#include "store/register_lookup.h"
#include "text/csv.h"
#include "wire/pupil_wire.h"

namespace optagelse::import {
namespace {

using Failure = tl::unexpected<std::vector<Problem>>;

// The rows of the file and the rows already rejected while reading it, or why it cannot be read.
tl::expected<pupils::ReadRows, std::vector<Problem>> ReadFile(std::string_view bytes, ReportFormat format,
                                                              text::Encoding encoding) {
  auto decoded = text::DecodeToUtf8(bytes, format == ReportFormat::kJson ? text::Encoding::kUtf8 : encoding);
  if (!decoded) return Failure({decoded.error()});
  if (format == ReportFormat::kJson) {
    auto json = wire::ParseJson(*decoded);
    if (!json) return Failure({json.error()});
    auto rows = wire::PupilRowsFromJson(*json);
    if (!rows) return Failure({rows.error()});
    return pupils::ReadRows{std::move(*rows), {}};
  }
  auto table = text::ParseCsv(*decoded);
  if (!table) return Failure({table.error()});
  return pupils::ReadPupilRows(*table);
}

Result<void> RecordUpload(store::Database& db, const std::string& school, std::string_view bytes,
                          const ImportSummary& summary) {
  auto insert = db.Prepare(
      "INSERT INTO pupil_report_uploads (institution, bytes, sha256, accepted, filtered, rejected) VALUES (?, ?, ?, ?, ?, ?)");
  if (!insert) return Fail(insert.error());
  insert->Bind(1, school).Bind(2, static_cast<std::int64_t>(bytes.size())).Bind(3, crypto::Sha256Hex(bytes));
  insert->Bind(4, std::int64_t{summary.accepted}).Bind(5, std::int64_t{summary.filtered});
  insert->Bind(6, std::int64_t{summary.rejected});
  return insert->Run();
}

}  // namespace

tl::expected<ImportSummary, std::vector<Problem>> ImportPupilReport(store::Database& db, const std::string& school,
                                                                    std::string_view bytes, ReportFormat format,
                                                                    text::Encoding encoding) {
  auto read = ReadPupilReport(bytes, format, encoding);
  if (!read) return Failure(std::move(read.error()));
  return ImportPupilRows(db, school, std::move(*read), bytes);
}

tl::expected<pupils::ReadRows, std::vector<Problem>> ReadPupilReport(std::string_view bytes, ReportFormat format,
                                                                     text::Encoding encoding) {
  return ReadFile(bytes, format, encoding);
}

tl::expected<ImportSummary, std::vector<Problem>> ImportPupilRows(store::Database& db, const std::string& school,
                                                                  pupils::ReadRows read_rows, std::string_view bytes) {
  auto transaction = store::Transaction::Begin(db);
  if (!transaction) return Failure({transaction.error()});
  const store::SqliteCprRegister cpr_register(db);  // the core prefetches the report's numbers
  const store::SqliteInstitutionCatalog catalog(db);
  ImportSummary summary;
  summary.rows = pupils::ValidatePupilReport(read_rows.rows, school, catalog, cpr_register);
  // Rows that could not even be read keep their place in the report, after the readable ones.
  for (pupils::RowResult& unreadable : read_rows.unreadable) summary.rows.push_back(std::move(unreadable));
  for (std::size_t i = 0; i < summary.rows.size(); ++i) {
    summary.rows[i].index = static_cast<int>(i);
    switch (summary.rows[i].outcome) {
      case pupils::RowOutcome::kAccepted: ++summary.accepted; break;
      case pupils::RowOutcome::kFiltered: ++summary.filtered; break;
      case pupils::RowOutcome::kRejected: ++summary.rejected; break;
    }
  }
  auto ids = store::SavePupilResults(db, school, summary.rows);
  if (!ids) return Failure({ids.error()});
  for (std::size_t i = 0; i < summary.rows.size(); ++i) summary.rows[i].id = (*ids)[i];
  if (auto recorded = RecordUpload(db, school, bytes, summary); !recorded) return Failure({recorded.error()});
  if (auto committed = transaction->Commit(); !committed) return Failure({committed.error()});
  return summary;
}

Result<pupils::RowResult> CorrectPupilCpr(store::Database& db, const std::string& school, std::int64_t id,
                                          const std::string& new_cpr) {
  auto transaction = store::Transaction::Begin(db);
  if (!transaction) return Fail(transaction.error());
  auto found = store::FindPupil(db, school, id);
  if (!found) return Fail(found.error());
  if (!*found) return Fail(MakeError(ErrorCode::kNotFound, "id", std::to_string(id)));
  const pupils::Pupil& pupil = (*found)->pupil;
  pupils::PupilRow row{(*found)->line, new_cpr, pupil.name, pupil.institution, pupil.education_code,
                       pupil.grade ? std::to_string(pupil.grade) : "", pupil.class_name,
                       pupil.start_date ? FormatIsoDate(*pupil.start_date) : "",
                       pupil.end_date ? FormatIsoDate(*pupil.end_date) : ""};
  const store::SqliteCprRegister cpr_register(db);
  const store::SqliteInstitutionCatalog catalog(db);
  pupils::RowResult result = pupils::ValidatePupilReport({row}, school, catalog, cpr_register).at(0);
  // The number may not already belong to another accepted pupil of the school.
  auto clash = db.Prepare("SELECT count(*) FROM pupils WHERE institution = ? AND cpr = ? AND status = 'accepted' AND id != ?");
  if (!clash) return Fail(clash.error());
  clash->Bind(1, school).Bind(2, result.pupil.cpr).Bind(3, id);
  if (auto row_found = clash->Step(); row_found && *row_found && clash->ColumnInt(0) > 0) {
    result.outcome = pupils::RowOutcome::kRejected;
    result.problems.push_back(MakeError(ErrorCode::kDuplicateValue, "cpr", result.pupil.cpr));
  }
  result.id = id;
  if (auto updated = store::UpdatePupil(db, id, result); !updated) return Fail(updated.error());
  if (auto committed = transaction->Commit(); !committed) return Fail(committed.error());
  return result;
}

}  // namespace optagelse::import
