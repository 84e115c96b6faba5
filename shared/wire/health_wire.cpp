// HealthReport <-> JSON: see health_wire.h.
#include "wire/health_wire.h"

namespace optagelse::wire {
Json HealthToJson(const HealthReport& report) {
  return Json{
      {"service", report.service},
      {"version", report.version},
      {"protocol", report.protocol},
      {"database", {{"status", report.database_status},
                    {"schema_version", report.schema_version},
                    {"persons", report.persons},
                    {"institutions", report.institutions},
                    {"commits", report.commits},
                    {"wal_flushes", report.wal_flushes}}},
      {"messages", {{"pending", report.messages_pending}, {"failed", report.messages_failed}}},
  };
}

Result<HealthReport> HealthFromJson(const Json& value) {
  HealthReport report;
  auto service = RequiredString(value, "service");
  if (!service) return Fail(service.error());
  auto version = RequiredString(value, "version");
  if (!version) return Fail(version.error());
  const auto database = value.find("database");
  if (database == value.end()) return Fail(MakeError(ErrorCode::kMissingField, "database"));
  if (!database->is_object()) return Fail(MakeError(ErrorCode::kWrongFieldType, "database", "object"));
  auto status = RequiredString(*database, "status");
  if (!status) return Fail(status.error());
  auto schema = RequiredInteger(*database, "schema_version");
  if (!schema) return Fail(schema.error());
  auto persons = RequiredInteger(*database, "persons");
  if (!persons) return Fail(persons.error());
  auto institutions = RequiredInteger(*database, "institutions");
  if (!institutions) return Fail(institutions.error());
  auto commits = RequiredInteger(*database, "commits");
  if (!commits) return Fail(commits.error());
  auto wal_flushes = RequiredInteger(*database, "wal_flushes");
  if (!wal_flushes) return Fail(wal_flushes.error());
  report.protocol = 0;
  if (const auto protocol = value.find("protocol"); protocol != value.end()) {
    if (!protocol->is_number_integer()) return Fail(MakeError(ErrorCode::kWrongFieldType, "protocol", "integer"));
    report.protocol = protocol->get<int>();
  }
  report.service = *service;
  report.version = *version;
  report.database_status = *status;
  report.schema_version = static_cast<int>(*schema);
  report.persons = *persons;
  report.institutions = *institutions;
  report.commits = *commits;
  report.wal_flushes = *wal_flushes;
  // Older servers have no "messages": read as none.
  if (const auto messages = value.find("messages"); messages != value.end() && messages->is_object()) {
    auto pending = RequiredInteger(*messages, "pending");
    if (!pending) return Fail(pending.error());
    auto failed = RequiredInteger(*messages, "failed");
    if (!failed) return Fail(failed.error());
    report.messages_pending = *pending;
    report.messages_failed = *failed;
  }
  return report;
}

}  // namespace optagelse::wire
