// Status, signature validity and the audience-cut JSON view: see application_state.h.
#include "application_flow/application_state.h"


#include "applications/forrang_decider.h"
#include "applications/signature_rule.h"
#include "cpr/cpr_number.h"
#include "store/register_lookup.h"
#include "wire/application_wire.h"

namespace optagelse::applications_service {
namespace {

bool GuardianSignedCurrent(const std::vector<store::SignatureRecord>& signatures, const std::string& content_sha256) {
  std::vector<applications::SignatureDecision> decisions;
  decisions.reserve(signatures.size());
  for (const auto& signature : signatures) decisions.push_back({signature.guardian_cpr, signature.content_sha256, signature.decision});
  return applications::SignedByAGuardian(decisions, content_sha256);
}

std::vector<wire::SignatureDecisionSeen> SignaturesSeen(const std::vector<store::SignatureRecord>& signatures,
                                                        const std::string& content_sha256) {
  std::vector<wire::SignatureDecisionSeen> list;
  list.reserve(signatures.size());
  for (const auto& signature : signatures) {
    // No guardian's CPR number: a guardian sees that a decision was made, not the other guardian's identity.
    list.push_back({signature.decision, signature.comment, signature.at, signature.content_sha256 == content_sha256});
  }
  return list;
}

// The latest decisions on any version of the content (all of them for the insight export).
std::vector<wire::SignatureDecisionSeen> DecisionsSeen(store::Database& db, const store::StoredApplication& application,
                                                       History history) {
  auto decisions = history == History::kComplete ? store::Signatures(db, application.id)
                                                 : store::RecentSignatures(db, application.id, kRecentSignatureDecisions);
  return SignaturesSeen(decisions ? *decisions : std::vector<store::SignatureRecord>{}, application.content_sha256);
}

// The wished institutions' names by number, so every screen can say "Gammel Hellerup Gymnasium", not "101001".
wire::Json InstitutionNames(store::Database& db, const applications::Application& content) {
  store::SqliteInstitutionCatalog catalog(db);
  wire::Json names = wire::Json::object();
  for (const auto& wish : content.wishes) {
    if (names.contains(wish.institution)) continue;
    if (const registry::Institution* found = catalog.FindInstitution(wish.institution)) names[wish.institution] = found->name;
  }
  return names;
}

// The status that follows from the facts read into `state` and the application as it is now.
void DeriveStatus(ApplicationState& state, const store::StoredApplication& application,
                  const applications::ApplicationRules& rules, UnixSeconds now) {
  state.signature_valid = GuardianSignedCurrent(state.signatures, application.content_sha256);
  applications::StatusFacts facts;
  facts.submitted = application.submitted;
  facts.withdrawn = application.withdrawn;
  facts.signature_required = state.signature_required;
  facts.signature_valid = state.signature_valid;
  facts.completed_at = application.completed_at;
  facts.allocated = state.allocated;
  state.status = applications::DeriveStatus(facts, rules, now);
}

}  // namespace

Result<ApplicationState> StateOf(store::Database& db, const store::StoredApplication& application,
                                 const applications::ApplicationRules& rules, UnixSeconds now) {
  ApplicationState state;
  const cpr::CprCheck check = cpr::CheckCpr(application.applicant_cpr);
  state.signature_required = check.birth_date && applications::NeedsGuardianSignature(*check.birth_date, rules);
  auto signatures = store::SignaturesOn(db, application.id, application.content_sha256);
  if (!signatures) return Fail(signatures.error());
  state.signatures = std::move(*signatures);
  auto allocated = store::IsAllocated(db, application.id);
  if (!allocated) return Fail(allocated.error());
  state.allocated = *allocated;
  state.application_id = application.id;
  state.content_sha256 = application.content_sha256;
  DeriveStatus(state, application, rules, now);
  return state;
}

Result<ApplicationState> StateAfterChange(store::Database& db, const ApplicationState& known,
                                          const store::StoredApplication& application,
                                          const applications::ApplicationRules& rules, UnixSeconds now) {
  if (known.application_id != application.id || application.id == 0) return StateOf(db, application, rules, now);
  ApplicationState state = known;
  if (state.content_sha256 != application.content_sha256) {
    // Other content: a guardian may have signed it before (a draft changed back), so it is read.
    auto signatures = store::SignaturesOn(db, application.id, application.content_sha256);
    if (!signatures) return Fail(signatures.error());
    state.signatures = std::move(*signatures);
    state.content_sha256 = application.content_sha256;
  }
  DeriveStatus(state, application, rules, now);
  return state;
}

bool IsComplete(const store::StoredApplication& application, const ApplicationState& state) {
  return application.submitted && !application.withdrawn && (!state.signature_required || state.signature_valid);
}

Result<const applications::ApplicationRules*> ApplicationRulesFor(const ServiceContext& context, int admission_year) {
  auto rules = context.rules.ForYear(admission_year);
  if (!rules || !(*rules)->application) {
    return Fail(MakeError(ErrorCode::kApplicationNoRules, "admission_year", std::to_string(admission_year)));
  }
  return &*(*rules)->application;
}

wire::ApplicantSeen ApplicantSeenOf(store::Database& db, const std::string& cpr) {
  store::SqliteCprRegister cpr_register(db);
  const auto person = cpr_register.Lookup(cpr);
  const bool protected_name = !person || person->name_protected;
  wire::ApplicantSeen seen{cpr, std::nullopt, protected_name};
  if (!protected_name) seen.name = person->name;
  return seen;
}

wire::ApplicationView ApplicationViewOf(store::Database& db, const store::StoredApplication& application,
                                        const ApplicationState& state, Audience audience, History history) {
  wire::Json content = wire::ApplicationToJson(application.content);
  if (audience == Audience::kCounsellor || audience == Audience::kGuardian) {
    // Forrang documentation is sensitive: the grounds are shown, the documents only to the deciders.
    for (auto& claim : content["forrang"]) claim.erase("attachment");
  }
  wire::ApplicationView view;
  if (audience == Audience::kInstitution || audience == Audience::kRegion) {
    // Each decider reads only the documentation of the claims it decides.
    view.forrang_deciders.emplace();
    for (auto& claim : content["forrang"]) {
      const bool region_decides = applications::DeciderOf(claim["ground"].get<std::string>()) == applications::ForrangDecider::kRegion;
      view.forrang_deciders->push_back({claim["wish"].get<int>(), region_decides ? "region" : "institution"});
      if (region_decides != (audience == Audience::kRegion)) claim.erase("attachment");
    }
  }
  view.id = application.id;
  view.admission_year = application.admission_year;
  view.version = application.version;
  view.status = std::string(applications::StatusName(state.status));
  view.content = std::move(content);
  view.institution_names = InstitutionNames(db, application.content);
  view.content_sha256 = application.content_sha256;
  if (!application.route.empty()) view.route = application.route;
  view.updated_at = application.updated_at;
  view.signature.required = state.signature_required;
  view.signature.valid = state.signature_valid;
  if (audience == Audience::kApplicant || audience == Audience::kGuardian) {
    view.signature.decisions = DecisionsSeen(db, application, history);
  }
  if (audience == Audience::kInstitution || audience == Audience::kRegion || audience == Audience::kApplicant) {
    view.forrang_decisions.emplace();
    if (auto current = store::CurrentForrangDecisions(db, application.id)) {
      for (const auto& decision : *current) {
        view.forrang_decisions->push_back({decision.wish, decision.ground, decision.decision, decision.reason, decision.at});
      }
    }
  }
  if (audience == Audience::kApplicant) {
    // One more than shown: tells whether older events were left out.
    auto recorded = history == History::kComplete ? store::Events(db, application.id)
                                                  : store::RecentEvents(db, application.id, kRecentHistoryEvents + 1);
    bool complete = recorded.has_value();  // an unreadable history is not claimed complete
    if (recorded && history == History::kRecent && recorded->size() > static_cast<std::size_t>(kRecentHistoryEvents)) {
      recorded->erase(recorded->begin());
      complete = false;
    }
    view.history.emplace();
    if (recorded) {
      for (const auto& event : *recorded) {
        view.history->push_back({event.version, event.event, event.actor_role, event.at,
                                 wire::ParseJson(event.detail_json).value_or(wire::Json::object())});
      }
    }
    view.history_complete = complete;
    view.ever_submitted = store::EverSubmitted(db, application.id).value_or(application.submitted);
  }
  return view;
}

}  // namespace optagelse::applications_service
