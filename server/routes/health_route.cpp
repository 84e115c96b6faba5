// GET /api/v1/health: the version and the database's state (with the group commit's counts of
// commits and WAL flushes since start), and the messages waiting or given up on, for operators
// and the browser app.
#include "http/json_response.h"
#include "mail/outbox_store.h"
#include "routes/routes.h"
#include "store/migrations.h"
#include "store/register_store.h"
#include "wire/health_wire.h"

namespace optagelse::routes {
namespace {

wire::HealthReport Report(ServiceContext& context) {
  wire::HealthReport report;
  context.db_mutex.Run([&] {
    report.version = context.version;
    auto schema = context.db.QueryInt("SELECT coalesce(max(version), 0) FROM schema_migrations");
    auto persons = store::CountPersons(context.db);
    auto institutions = store::CountInstitutions(context.db);
    report.database_status = schema && persons && institutions ? "ok" : "unavailable";
    report.schema_version = schema ? static_cast<int>(*schema) : 0;
    report.persons = persons.value_or(0);
    report.institutions = institutions.value_or(0);
    report.commits = static_cast<long long>(context.db.commits());
    report.wal_flushes = static_cast<long long>(context.db.flushes());
    report.messages_pending = mail::CountInState(context.db, "pending").value_or(0);
    report.messages_failed = mail::CountInState(context.db, "failed").value_or(0);
  });
  return report;
}

}  // namespace

void RegisterHealthRoutes(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/health", [&context](const httplib::Request&, httplib::Response& response) {
    const wire::HealthReport report = Report(context);
    http::WriteJson(response, report.database_status == "ok" ? 200 : 503, wire::HealthToJson(report));
  });
}

}  // namespace optagelse::routes
