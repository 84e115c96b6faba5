// The login simulator's picker, for demo databases only (--demo-login yes; otherwise the list is
// empty): a few young people with a guardian from the register, to log in as with one click.
//   GET /api/v1/demo/people   wire::DemoPeople (wire/demo_answers.h)
// Names under protection are not shown here either.
#include "http/json_response.h"
#include "routes/routes.h"
#include "wire/demo_answers.h"

namespace optagelse::routes {
namespace {

constexpr int kShown = 8;

std::optional<std::string> NameOrProtected(store::Statement& row, int name_column, int protected_column) {
  if (row.ColumnInt(protected_column) != 0) return std::nullopt;
  return row.ColumnText(name_column);
}

void People(ServiceContext& context, httplib::Response& response) {
  if (!context.demo_login) return http::WriteJson(response, 200, wire::EncodeAnswer(wire::DemoPeople{}));
  context.db_mutex.Run([&] {
    auto query = context.db.Prepare(
        "SELECT c.cpr, c.name, c.name_protected, c.municipality_code, g.cpr, g.name, g.name_protected "
        "FROM persons c JOIN guardianships s ON s.child_cpr = c.cpr AND s.custody = 1 JOIN persons g ON g.cpr = s.guardian_cpr "
        "WHERE s.guardian_cpr = (SELECT min(guardian_cpr) FROM guardianships WHERE child_cpr = c.cpr AND custody = 1) "
        "ORDER BY c.cpr LIMIT " + std::to_string(kShown));
    if (!query) return http::WriteProblem(response, 503, query.error());
    wire::DemoPeople answer;
    for (;;) {
      auto row = query->Step();
      if (!row) return http::WriteProblem(response, 503, row.error());
      if (!*row) break;
      answer.people.push_back({query->ColumnText(0), NameOrProtected(*query, 1, 2), static_cast<int>(query->ColumnInt(3)),
                               {query->ColumnText(4), NameOrProtected(*query, 5, 6)}});
    }
    http::WriteJson(response, 200, wire::EncodeAnswer(answer));
  });
}

}  // namespace

void RegisterDemoLoginRoute(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/demo/people", [&context](const httplib::Request&, httplib::Response& response) { People(context, response); });
}

}  // namespace optagelse::routes
