// The retention report: see retention_report.h.
#include "retention/retention_report.h"

namespace optagelse::retention_job {

wire::Json ReportJson(const Report& report) {
  wire::Json lines = wire::Json::array();
  for (const ReportLine& line : report.lines) {
    wire::Json out{{"kind", line.kind}, {"due", line.due}, {"kept", line.kept}, {"overdue", line.overdue},
                   {"without_rules", line.without_rules}};
    if (line.admission_year != 0) out["admission_year"] = line.admission_year;
    out["delete_on"] = line.delete_on ? wire::Json(FormatIsoDate(*line.delete_on)) : wire::Json(nullptr);
    out["latest"] = line.latest ? wire::Json(FormatIsoDate(*line.latest)) : wire::Json(nullptr);
    lines.push_back(std::move(out));
  }
  wire::Json json{{"today", FormatIsoDate(report.today)}, {"dry_run", report.dry_run}, {"lines", std::move(lines)}};
  if (!report.dry_run) {
    json["audit_rows"] = report.audit_rows;
    json["upv_assessments_deleted"] = report.upv_assessments_deleted;
    json["wal_truncated"] = report.wal_truncated;
  }
  return json;
}

}  // namespace optagelse::retention_job
