// The applicant's own application (docs/domain.md "The application"), for a person logged in with their
// CPR number:
//   GET  /api/v1/offers                          the public catalogue of programmes at institutions
//   GET  /api/v1/me/application                  the window, my data, my application, what is missing
//   PUT  /api/v1/me/application                  save a draft: {"version": n, "content": {...}}
//   POST /api/v1/me/application/submit           {"version": n}
//   POST /api/v1/me/application/withdraw         {"version": n}
#include "application_flow/applicant_actions.h"
#include "application_flow/application_state.h"
#include "applications/application_validation.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "http/json_response.h"
#include "http/request_body.h"
#include "mail/request_language.h"
#include "routes/routes.h"
#include "store/register_lookup.h"
#include "wire/application_wire.h"
#include "wire/problem_wire.h"

namespace optagelse::routes {
namespace {

namespace service = applications_service;

wire::ApplicationWindow WindowOf(const applications::ApplicationRules& rules, int year) {
  const auto phase = applications::PhaseAt(rules, clock::NowSeconds());
  return {year, FormatIsoInstant(applications::OpensAt(rules)), FormatIsoInstant(applications::DeadlineAt(rules)),
          FormatIsoInstant(clock::NowSeconds()),
          phase == applications::Phase::kNotOpen ? "not_open" : phase == applications::Phase::kOpen ? "open" : "after_deadline"};
}

// The person's own register data: shown to them in full, protection or not (the protection is
// against others). Address protection is stated so the screen can say who else cannot see it.
wire::MyRegisterData RegisterDataOf(const registry::Person& person) {
  return {person.name, person.address, person.municipality_code, person.name_protected, person.address_protected};
}

void WriteRefusal(httplib::Response& response, const service::Refusal& refusal) {
  http::WriteProblems(response, refusal.status, refusal.problems);
}

wire::ApplicationChangeAnswer ApplicationAnswer(ServiceContext& context, const store::StoredApplication& application,
                                                const service::ApplicationState& state, const std::vector<Problem>& problems) {
  return {service::ApplicationViewOf(context.db, application, state, service::Audience::kApplicant),
          wire::ProblemsToJson(problems)["errors"], false};
}

// In the database's turn: the answer to write out after it, or none when a problem was written.
std::optional<wire::MyApplicationAnswer> Show(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kWriteOwnApplication);
  if (!session) return std::nullopt;
  auto rules = context.rules.ForYear(context.application_year);
  if (!rules || !(*rules)->application) {
    http::WriteProblem(response, 404, MakeError(ErrorCode::kApplicationNoRules, "admission_year", std::to_string(context.application_year)));
    return std::nullopt;
  }
  const auto person = store::SqliteCprRegister(context.db).Lookup(session->organisation);
  if (!person) {
    http::WriteProblem(response, 404, MakeError(ErrorCode::kCprNotInRegister, "cpr"));
    return std::nullopt;
  }
  auto stored = store::FindApplication(context.db, session->organisation, context.application_year);
  if (!stored) {
    http::WriteProblem(response, 503, stored.error());
    return std::nullopt;
  }
  wire::MyApplicationAnswer answer{WindowOf(*(*rules)->application, context.application_year), RegisterDataOf(*person),
                                   std::nullopt, wire::Json::array()};
  if (*stored) {
    auto offers = context.offers.Current(context.db);
    if (!offers) {
      http::WriteProblem(response, 503, offers.error());
      return std::nullopt;
    }
    const auto problems = applications::ValidateApplication((*stored)->content, **offers,
                                                            **rules, applications::Stage::kSubmit);
    auto state = service::StateOf(context.db, **stored, *(*rules)->application, clock::NowSeconds());
    if (!state) {
      http::WriteProblem(response, 503, state.error());
      return std::nullopt;
    }
    auto body = ApplicationAnswer(context, **stored, *state, problems);
    answer.application = std::move(body.application);
    answer.problems = std::move(body.problems);
  }
  if (!audit::Record(context, *session, request, response, "read own application", {session->organisation})) return std::nullopt;
  return answer;
}

template <typename Action>
void Change(ServiceContext& context, const httplib::Request& request, httplib::Response& response, std::string_view what,
            Action action) {
  auto body = http::ReadJsonBody(request);
  std::optional<wire::ApplicationChangeAnswer> answer;
  context.db_mutex.Run([&] {
    const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kWriteOwnApplication);
    if (!session) return;
    if (!body) return http::WriteProblem(response, http::StatusFor(body.error().code), body.error());
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    if (auto noted = mail::RememberLanguageOf(context.db, session->organisation, request); !noted) {
      return http::WriteProblem(response, 503, noted.error());
    }
    auto done = action(*session, *body);
    if (!done) return WriteRefusal(response, done.error());
    if (!audit::Record(context, *session, request, response, what, {session->organisation}, std::to_string(done->application.id))) return;
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    answer = std::move(*done);
  });
  // Written out here, not in the database's turn: the next request's turn does not wait for this.
  // Everything that holds a statement lives inside the turn, so it is given back to the
  // connection's cache before the turn ends.
  if (answer) http::WriteJson(response, 200, wire::EncodeAnswer(*answer));
}

}  // namespace

void RegisterApplicationRoutes(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/offers", [&context](const httplib::Request&, httplib::Response& response) {
    context.db_mutex.Run([&] {
      auto offers = context.offers.Current(context.db);
      if (!offers) return http::WriteProblem(response, 503, offers.error());
      http::WriteJson(response, 200, wire::Json{{"offers", wire::OffersToJson((*offers)->offers())}});
    });
  });
  server.Get("/api/v1/me/application", [&context](const auto& request, auto& response) {
    std::optional<wire::MyApplicationAnswer> answer;
    context.db_mutex.Run([&] { answer = Show(context, request, response); });
    if (answer) http::WriteJson(response, 200, wire::EncodeAnswer(*answer));
  });
  server.Put("/api/v1/me/application", [&context](const auto& request, auto& response) {
    Change(context, request, response, "save own application", [&](const auth::Session& session, const wire::Json& body) -> service::Outcome<wire::ApplicationChangeAnswer> {
      auto saved = service::SaveDraft(context, session, body);
      if (!saved) return tl::unexpected(saved.error());
      auto answer = ApplicationAnswer(context, saved->application, saved->state, saved->warnings);
      answer.unchanged = saved->unchanged;
      return answer;
    });
  });
  for (const char* verb : {"submit", "withdraw"}) {
    const bool submit = std::string_view(verb) == "submit";
    server.Post(std::string("/api/v1/me/application/") + verb, [&context, submit](const auto& request, auto& response) {
      Change(context, request, response, submit ? "submit own application" : "withdraw own application",
             [&](const auth::Session& session, const wire::Json& body) -> service::Outcome<wire::ApplicationChangeAnswer> {
        auto changed = submit ? service::Submit(context, session, body) : service::Withdraw(context, session, body);
        if (!changed) return tl::unexpected(changed.error());
        return ApplicationAnswer(context, changed->application, changed->state, {});
      });
    });
  }
}

}  // namespace optagelse::routes
