// The applicant's actions: see applicant_actions.h.
#include "application_flow/applicant_actions.h"

#include "application_flow/application_state.h"
#include "application_flow/guardians.h"
#include "applications/application_status.h"
#include "applications/application_validation.h"
#include "applications/routing.h"
#include "applications/signature_rule.h"
#include "clock.h"
#include "crypto/digest.h"
#include "mail/notices.h"
#include "store/register_lookup.h"
#include "wire/application_wire.h"

namespace optagelse::applications_service {
namespace {

using applications::Status;
using notifications::NoticeKind;

struct Context {
  const upv::RuleSet* rules = nullptr;
  std::optional<store::StoredApplication> existing;
  std::optional<ApplicationState> state;
};

Refusal Refuse(int status, std::vector<Problem> problems) { return Refusal{status, std::move(problems)}; }

// The year's rules, the applicant's stored application and its state, and the version check.
Outcome<Context> Load(ServiceContext& context, const auth::Session& session, const wire::Json& body) {
  Context loaded;
  auto rules = context.rules.ForYear(context.application_year);
  if (!rules || !(*rules)->application) {
    return tl::unexpected(RefuseWith(MakeError(ErrorCode::kApplicationNoRules, "admission_year", std::to_string(context.application_year))));
  }
  loaded.rules = *rules;
  const auto version = wire::RequiredInteger(body, "version");
  if (!version) return tl::unexpected(Refuse(400, {version.error()}));
  auto existing = store::FindApplication(context.db, session.organisation, context.application_year);
  if (!existing) return tl::unexpected(Refuse(503, {existing.error()}));
  loaded.existing = std::move(*existing);
  const std::int64_t current = loaded.existing ? loaded.existing->version : 0;
  if (*version != current) {
    return tl::unexpected(RefuseWith(MakeError(ErrorCode::kApplicationVersionConflict, "version", std::to_string(current))));
  }
  if (loaded.existing) {
    auto state = StateOf(context.db, *loaded.existing, *loaded.rules->application, clock::NowSeconds());
    if (!state) return tl::unexpected(Refuse(503, {state.error()}));
    loaded.state = std::move(*state);
  }
  return loaded;
}

// Refuses changes to an application the core says may no longer be edited (applications::IsEditable:
// locked in time past the deadline, or allocated).
std::optional<Refusal> RefuseIfFinal(const Context& loaded) {
  if (!loaded.state || applications::IsEditable(loaded.state->status)) return std::nullopt;
  if (loaded.state->status == Status::kLocked) return RefuseWith(MakeError(ErrorCode::kApplicationLocked, "status", "locked"));
  return RefuseWith(MakeError(ErrorCode::kApplicationWrongStatus, "status", std::string(applications::StatusName(loaded.state->status))));
}

std::optional<Problem> MissingAttachment(ServiceContext& context, const auth::Session& session, const applications::Application& content) {
  for (std::size_t i = 0; i < content.forrang.size(); ++i) {
    const std::string& sha = content.forrang[i].attachment;
    if (sha.empty()) continue;
    auto found = store::FindAttachment(context.db, session.organisation, sha, false);
    if (!found) return found.error();
    if (!*found) return MakeError(ErrorCode::kAttachmentNotFound, "forrang[" + std::to_string(i) + "].attachment", sha);
  }
  return std::nullopt;
}

wire::Json ChangedParts(const applications::Application& before, const applications::Application& after) {
  wire::Json parts = wire::Json::array();
  if (before.wishes != after.wishes) parts.push_back("wishes");
  if (before.forrang != after.forrang) parts.push_back("forrang");
  if (before.another_activity != after.another_activity) parts.push_back("another_activity");
  if (before.contact != after.contact) parts.push_back("contact");
  return parts;
}

Result<void> Record(ServiceContext& context, const store::StoredApplication& application, std::string_view event,
                    const auth::Session& session, const wire::Json& detail) {
  return store::AppendEvent(context.db, application.id,
                            {application.version, std::string(event), std::string(auth::RoleName(session.role)),
                             session.organisation, clock::NowIso(), wire::Dump(detail)});
}

// The state of the application as changed, from the one loaded with it (read in full if there was none).
Result<ApplicationState> StateNow(ServiceContext& context, const Context& loaded, const store::StoredApplication& application) {
  const auto& rules = *loaded.rules->application;
  if (!loaded.state) return StateOf(context.db, application, rules, clock::NowSeconds());
  return StateAfterChange(context.db, *loaded.state, application, rules, clock::NowSeconds());
}

// Sets completed_at from the state the stored application is in now: the moment it became complete,
// kept while it stays so, cleared when it no longer is.
Result<void> UpdateCompletion(ServiceContext& context, const Context& loaded, store::StoredApplication& application,
                              bool content_changed) {
  auto state = StateNow(context, loaded, application);
  if (!state) return Fail(state.error());
  if (!IsComplete(application, *state)) {
    application.completed_at.reset();
  } else if (!application.completed_at || content_changed) {
    application.completed_at = clock::NowSeconds();
  }
  return {};
}

// Writes the application and derives the state it is in as written.
Outcome<Changed> Persist(ServiceContext& context, const Context& loaded, store::StoredApplication application) {
  auto id = store::SaveApplication(context.db, application);
  if (!id) return tl::unexpected(Refuse(503, {id.error()}));
  application.id = *id;
  auto state = StateNow(context, loaded, application);
  if (!state) return tl::unexpected(Refuse(503, {state.error()}));
  return Changed{std::move(application), std::move(*state), false, {}};
}

}  // namespace

Refusal RefuseWith(const Problem& problem) {
  const int status = problem.code == ErrorCode::kApplicationNoRules ? 404 : 409;
  return Refusal{problem.code == ErrorCode::kMissingField ? 400 : status, {problem}};
}

Outcome<Changed> SaveDraft(ServiceContext& context, const auth::Session& session, const wire::Json& body) {
  auto loaded = Load(context, session, body);
  if (!loaded) return tl::unexpected(loaded.error());
  if (auto final = RefuseIfFinal(*loaded)) return tl::unexpected(*final);
  if (!body.contains("content")) return tl::unexpected(Refuse(400, {MakeError(ErrorCode::kMissingField, "content")}));
  auto content = wire::ApplicationFromJson(body["content"]);
  if (!content) return tl::unexpected(Refuse(422, {content.error()}));
  content->admission_year = context.application_year;
  auto offers = context.offers.Current(context.db);
  if (!offers) return tl::unexpected(Refuse(503, {offers.error()}));
  auto problems = applications::ValidateApplication(*content, **offers, *loaded->rules,
                                                     applications::Stage::kDraft);
  if (auto missing = MissingAttachment(context, session, *content)) problems.push_back(*missing);
  if (applications::HasErrors(problems)) return tl::unexpected(Refuse(422, std::move(problems)));

  if (loaded->existing && loaded->existing->content == *content && !loaded->existing->withdrawn) {
    return Changed{*loaded->existing, *loaded->state, true, std::move(problems)};
  }
  store::StoredApplication application = loaded->existing.value_or(store::StoredApplication{});
  const applications::Application before = application.content;
  application.applicant_cpr = session.organisation;
  application.admission_year = context.application_year;
  application.content = std::move(*content);
  const std::string previous_sha = application.content_sha256;
  application.content_sha256 = crypto::Sha256Hex(applications::SignedContent(application.content));
  application.version += 1;
  application.updated_at = clock::NowIso();
  if (application.withdrawn) application.withdrawn = application.submitted = false;  // withdrawn, then drafted again
  const bool signed_content_changed = previous_sha != application.content_sha256;
  if (auto done = UpdateCompletion(context, *loaded, application, signed_content_changed); !done) {
    return tl::unexpected(Refuse(503, {done.error()}));
  }
  auto saved = Persist(context, *loaded, std::move(application));
  if (!saved) return tl::unexpected(saved.error());
  saved->warnings = std::move(problems);
  const store::StoredApplication& persisted = saved->application;
  if (auto done = Record(context, persisted, "saved", session, {{"changed", ChangedParts(before, persisted.content)}}); !done) {
    return tl::unexpected(Refuse(503, {done.error()}));
  }
  if (loaded->state && loaded->state->signature_valid && signed_content_changed) {
    // The guardian signed other content: the signature no longer covers this, and the guardians are told.
    if (auto done = Record(context, persisted, "signature_voided", session, wire::Json::object()); !done) {
      return tl::unexpected(Refuse(503, {done.error()}));
    }
    if (auto told = NotifyGuardians(context.db, persisted.applicant_cpr, persisted.id, "signature_voided"); !told) {
      return tl::unexpected(Refuse(503, {told.error()}));
    }
    if (auto told = mail::TellGuardians(context.db, context.notices, NoticeKind::kSignatureVoided, persisted); !told) {
      return tl::unexpected(Refuse(503, {told.error()}));
    }
  }
  if (persisted.submitted && !persisted.withdrawn) {  // changed after it was sent: a receipt (joined with others soon after)
    if (auto told = mail::TellApplicant(context.db, context.notices, NoticeKind::kApplicationChanged, persisted); !told) {
      return tl::unexpected(Refuse(503, {told.error()}));
    }
  }
  return saved;
}

Outcome<Changed> Submit(ServiceContext& context, const auth::Session& session, const wire::Json& body) {
  auto loaded = Load(context, session, body);
  if (!loaded) return tl::unexpected(loaded.error());
  if (!loaded->existing) return tl::unexpected(RefuseWith(MakeError(ErrorCode::kApplicationWrongStatus, "status", "none")));
  if (auto final = RefuseIfFinal(*loaded)) return tl::unexpected(*final);
  const auto& rules = *loaded->rules->application;
  if (applications::PhaseAt(rules, clock::NowSeconds()) == applications::Phase::kNotOpen) {
    return tl::unexpected(RefuseWith(MakeError(ErrorCode::kApplicationNotOpen, "status", FormatIsoDate(rules.opens))));
  }
  store::StoredApplication application = *loaded->existing;
  if (application.submitted && !application.withdrawn) {
    return Changed{std::move(application), *loaded->state, true, {}};  // submitted twice: still one submission
  }
  auto offers = context.offers.Current(context.db);
  if (!offers) return tl::unexpected(Refuse(503, {offers.error()}));
  auto problems = applications::ValidateApplication(application.content, **offers,
                                                     *loaded->rules, applications::Stage::kSubmit);
  if (applications::HasErrors(problems)) return tl::unexpected(Refuse(422, std::move(problems)));
  const auto person = store::SqliteCprRegister(context.db).Lookup(application.applicant_cpr);
  const auto routing = applications::Route(application.content, **offers, person ? person->municipality_code : 0);
  if (!routing) return tl::unexpected(Refuse(422, {MakeError(ErrorCode::kApplicationEmpty, "wishes")}));
  application.submitted = true;
  application.withdrawn = false;
  application.route = std::string(applications::DestinationName(routing->destination));
  application.route_institution = routing->institution;
  application.route_municipality = routing->municipality_code;
  application.updated_at = clock::NowIso();
  if (auto done = UpdateCompletion(context, *loaded, application, false); !done) {
    return tl::unexpected(Refuse(503, {done.error()}));
  }
  auto submitted = Persist(context, *loaded, std::move(application));
  if (!submitted) return tl::unexpected(submitted.error());
  const store::StoredApplication& persisted = submitted->application;
  if (auto done = Record(context, persisted, "submitted", session, {{"route", persisted.route}}); !done) {
    return tl::unexpected(Refuse(503, {done.error()}));
  }
  // The applicant's receipt ("another activity" is a report to the counsellor, not an application).
  const NoticeKind receipt = persisted.content.another_activity ? NoticeKind::kActivityReported : NoticeKind::kApplicationSent;
  if (auto told = mail::TellApplicant(context.db, context.notices, receipt, persisted); !told) {
    return tl::unexpected(Refuse(503, {told.error()}));
  }
  if (!persisted.completed_at) {
    if (auto told = NotifyGuardians(context.db, persisted.applicant_cpr, persisted.id, "awaiting_signature"); !told) {
      return tl::unexpected(Refuse(503, {told.error()}));
    }
    if (auto told = mail::TellGuardians(context.db, context.notices, NoticeKind::kSignatureRequested, persisted); !told) {
      return tl::unexpected(Refuse(503, {told.error()}));
    }
  }
  return submitted;
}

Outcome<Changed> Withdraw(ServiceContext& context, const auth::Session& session, const wire::Json& body) {
  auto loaded = Load(context, session, body);
  if (!loaded) return tl::unexpected(loaded.error());
  if (!loaded->existing || !loaded->existing->submitted) {
    const std::string status = loaded->state ? std::string(applications::StatusName(loaded->state->status)) : "none";
    return tl::unexpected(RefuseWith(MakeError(ErrorCode::kApplicationWrongStatus, "status", status)));
  }
  if (auto final = RefuseIfFinal(*loaded)) return tl::unexpected(*final);
  store::StoredApplication application = *loaded->existing;
  application.withdrawn = true;
  application.submitted = false;
  application.completed_at.reset();
  application.updated_at = clock::NowIso();
  auto withdrawn = Persist(context, *loaded, std::move(application));
  if (!withdrawn) return tl::unexpected(withdrawn.error());
  if (auto done = Record(context, withdrawn->application, "withdrawn", session, wire::Json::object()); !done) {
    return tl::unexpected(Refuse(503, {done.error()}));
  }
  return withdrawn;
}

}  // namespace optagelse::applications_service
