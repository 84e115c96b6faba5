// The insight document: see insight_export.h.
#include "insight/insight_export.h"

#include "application_flow/application_state.h"
#include "audit/audit_log.h"
#include "audit/audit_view.h"
#include "mail/message_json.h"
#include "mail/outbox_store.h"
#include "clock.h"
#include "retention/retention_plan.h"
#include "store/application_store.h"
#include "store/register_lookup.h"
#include "store/travel_store.h"
#include "store/upv_store.h"

namespace optagelse::insight {
namespace {

constexpr int kAuditShown = 100000;

wire::Json Text(const char* da, const char* en) { return wire::Json{{"da", da}, {"en", en}}; }

wire::Json DateOrNull(const std::optional<Date>& date) { return date ? wire::Json(FormatIsoDate(*date)) : wire::Json(nullptr); }

// When a part will be deleted: the day (null when no rules cover it yet) and the rule in words.
wire::Json DeletionJson(const retention::Decision& decision, wire::Json rule) {
  return wire::Json{{"on", decision.known ? wire::Json(FormatIsoDate(decision.delete_on)) : wire::Json(nullptr)},
                    {"rule", std::move(rule)}};
}

// Someone else as the person may see them: by name unless protected, never by CPR number.
wire::Json OtherPerson(store::Database& db, const std::string& cpr, const char* relation) {
  const auto person = store::SqliteCprRegister(db).Lookup(cpr);
  const bool named = person && !person->name_protected;
  return wire::Json{{"relation", relation}, {"name", named ? wire::Json(person->name) : wire::Json(nullptr)}};
}

wire::Json PersonPart(store::Database& db, const registry::Person& person) {
  wire::Json relations = wire::Json::array();
  for (const std::string& guardian : person.guardians) relations.push_back(OtherPerson(db, guardian, "guardian"));
  if (auto children = store::ChildrenInCustody(db, person.cpr)) {
    for (const std::string& child : *children) relations.push_back(OtherPerson(db, child, "child"));
  }
  return wire::Json{{"cpr", person.cpr},
                    {"name", person.name},
                    {"address", person.address},
                    {"municipality_code", person.municipality_code},
                    {"name_protected", person.name_protected},
                    {"address_protected", person.address_protected},
                    {"relations", std::move(relations)},
                    {"source", Text("CPR-registeret", "the CPR register")},
                    {"who_corrects", Text("Folkeregistret i din kommune; adressen retter du selv på borger.dk",
                                          "Your municipality's civil registration; you change your address at borger.dk")}};
}

Result<wire::Json> ApplicationsPart(ServiceContext& context, const std::string& cpr, const retention::RetentionCalendar& calendar,
                                    const Date& today) {
  wire::Json list = wire::Json::array();
  auto years = context.db.Prepare("SELECT admission_year FROM applications WHERE applicant_cpr = ? ORDER BY admission_year");
  if (!years) return Fail(years.error());
  years->Bind(1, cpr);
  std::vector<int> admission_years;
  while (true) {
    auto step = years->Step();
    if (!step) return Fail(step.error());
    if (!*step) break;
    admission_years.push_back(static_cast<int>(years->ColumnInt(0)));
  }
  for (const int year : admission_years) {
    auto stored = store::FindApplication(context.db, cpr, year);
    if (!stored) return Fail(stored.error());
    if (!*stored) continue;
    auto rules = applications_service::ApplicationRulesFor(context, year);
    if (!rules) return Fail(rules.error());
    auto state = applications_service::StateOf(context.db, **stored, **rules, clock::NowSeconds());
    if (!state) return Fail(state.error());
    wire::Json application = wire::EncodeAnswer(applications_service::ApplicationViewOf(
        context.db, **stored, *state, applications_service::Audience::kApplicant, applications_service::History::kComplete));
    application["deletion"] = DeletionJson(retention::DecideApplication(calendar, {(*stored)->id, year}, today),
                                           Text("2 måneder efter at optagelsesrunden er færdigbehandlet, og før næste runde åbner",
                                                "2 months after the admission round has been processed, and before the next round opens"));
    application["who_corrects"] = Text("Du selv indtil fristen; derefter den skole eller region, der behandler ansøgningen",
                                       "You, until the deadline; after it the school or region handling the application");
    list.push_back(std::move(application));
  }
  return list;
}

Result<wire::Json> SignaturesGivenPart(store::Database& db, const std::string& cpr) {
  auto rows = db.Prepare("SELECT application_id, decision, comment, at FROM application_signatures WHERE guardian_cpr = ? ORDER BY id");
  if (!rows) return Fail(rows.error());
  rows->Bind(1, cpr);
  wire::Json list = wire::Json::array();
  while (true) {
    auto step = rows->Step();
    if (!step) return Fail(step.error());
    if (!*step) break;
    list.push_back({{"application_id", rows->ColumnInt(0)}, {"decision", rows->ColumnText(1)},
                    {"comment", rows->ColumnText(2)}, {"at", rows->ColumnText(3)}});
  }
  return list;
}

Result<wire::Json> AttachmentsPart(store::Database& db, const std::string& cpr) {
  auto attachments = store::ListAttachments(db, cpr);
  if (!attachments) return Fail(attachments.error());
  wire::Json list = wire::Json::array();
  for (const store::Attachment& attachment : *attachments) {
    list.push_back({{"sha256", attachment.sha256}, {"media_type", attachment.media_type}, {"size", attachment.size},
                    {"file_name", attachment.file_name}, {"uploaded_at", attachment.uploaded_at},
                    {"download", "/api/v1/me/attachments/" + attachment.sha256}});
  }
  return list;
}

Result<wire::Json> UpvPart(store::Database& db, std::int64_t pupil_id) {
  auto history = store::UpvHistory(db, pupil_id);
  if (!history) return Fail(history.error());
  wire::Json list = wire::Json::array();
  for (const store::UpvVersion& version : *history) {
    auto assessment = wire::ParseJson(version.assessment_json);
    auto input = wire::ParseJson(version.input_json);
    list.push_back({{"admission_year", version.admission_year}, {"entered_by", version.entered_by}, {"entered_at", version.entered_at},
                    {"input", input ? *input : wire::Json(nullptr)}, {"assessment", assessment ? *assessment : wire::Json(nullptr)}});
  }
  return list;
}

Result<wire::Json> PupilRecordsPart(store::Database& db, const std::string& cpr, const retention::RetentionCalendar& calendar,
                                    const Date& today) {
  auto rows = db.Prepare(
      "SELECT id, institution, name, education_code, grade, class_name, start_date, end_date, status, updated_at"
      " FROM pupils WHERE cpr = ? ORDER BY id");
  if (!rows) return Fail(rows.error());
  rows->Bind(1, cpr);
  const store::SqliteInstitutionCatalog catalog(db);
  wire::Json list = wire::Json::array();
  while (true) {
    auto step = rows->Step();
    if (!step) return Fail(step.error());
    if (!*step) break;
    retention::PupilFacts facts;
    facts.id = rows->ColumnInt(0);
    if (!rows->ColumnIsNull(4)) facts.grade = static_cast<int>(rows->ColumnInt(4));
    facts.end_date = ParseIsoDate(rows->ColumnText(7));
    facts.last_reported = ParseIsoDate(rows->ColumnText(9).substr(0, 10)).value_or(today);
    const registry::Institution* school = catalog.FindInstitution(rows->ColumnText(1));
    auto upv = UpvPart(db, facts.id);
    if (!upv) return Fail(upv.error());
    list.push_back({{"school", rows->ColumnText(1)},
                    {"school_name", school ? wire::Json(school->name) : wire::Json(nullptr)},
                    {"name_as_reported", rows->ColumnText(2)},
                    {"education_code", rows->ColumnText(3)},
                    {"grade", facts.grade ? wire::Json(*facts.grade) : wire::Json(nullptr)},
                    {"class", rows->ColumnText(5)},
                    {"start_date", rows->ColumnText(6)},
                    {"end_date", DateOrNull(facts.end_date)},
                    {"status", rows->ColumnText(8)},
                    {"reported_at", rows->ColumnText(9)},
                    {"upv", std::move(*upv)},
                    {"deletion", DeletionJson(retention::DecidePupil(calendar, facts, today),
                                              Text("2 år efter 9. klasse, 1 år efter 10. klasse (det forlængede retskrav)",
                                                   "2 years after grade 9, 1 year after grade 10 (the extended right to a place)"))},
                    {"who_corrects", Text("Skolen, der har indberettet oplysningerne", "The school that reported them")}});
  }
  return list;
}

Result<wire::Json> TravelPart(store::Database& db, const registry::Person& person) {
  wire::Json list = wire::Json::array();
  if (person.address_id.empty()) return list;
  auto times = store::TravelTimesFromAddress(db, person.address_id);
  if (!times) return Fail(times.error());
  for (const auto& [institution, time] : *times) {
    list.push_back({{"institution", institution}, {"minutes", time.minutes}, {"reference_date", time.reference_date}});
  }
  return list;
}

}  // namespace

Result<wire::Json> InsightOf(ServiceContext& context, const std::string& cpr, const Date& today, const std::string& generated_at) {
  const auto person = store::SqliteCprRegister(context.db).Lookup(cpr);
  if (!person) return Fail(MakeError(ErrorCode::kCprNotInRegister, "cpr"));
  const retention::RetentionCalendar calendar = context.rules.Retention();
  auto applications = ApplicationsPart(context, cpr, calendar, today);
  if (!applications) return Fail(applications.error());
  auto signatures = SignaturesGivenPart(context.db, cpr);
  if (!signatures) return Fail(signatures.error());
  auto attachments = AttachmentsPart(context.db, cpr);
  if (!attachments) return Fail(attachments.error());
  auto pupils = PupilRecordsPart(context.db, cpr, calendar, today);
  if (!pupils) return Fail(pupils.error());
  auto travel = TravelPart(context.db, *person);
  if (!travel) return Fail(travel.error());
  auto audit_entries = audit::EntriesAbout(context.db, cpr, kAuditShown);
  if (!audit_entries) return Fail(audit_entries.error());
  auto messages = mail::MessagesAbout(context.db, cpr, kAuditShown);
  if (!messages) return Fail(messages.error());
  wire::Json messages_json = wire::Json::array();
  for (const mail::OutboxMessage& message : *messages) messages_json.push_back(mail::MessageJson(message));
  return wire::Json{
      {"format", kInsightFormat},
      {"generated_at", generated_at},
      {"person", PersonPart(context.db, *person)},
      {"applications", std::move(*applications)},
      {"signatures_given", std::move(*signatures)},
      {"attachments", std::move(*attachments)},
      {"pupil_records", std::move(*pupils)},
      {"travel_times", std::move(*travel)},
      {"messages", std::move(messages_json)},
      {"audit_trail", wire::EncodeAnswer(audit::EntriesAsSeenBy(context.db, *audit_entries, cpr))},
      {"not_here", Text("Vejlederes egne notater og skolernes egne systemer: spørg vejlederen eller skolen. Statistik får kun "
                        "pseudonymiserede oplysninger.",
                        "Counsellors' own notes and schools' own systems: ask the counsellor or the school. Statistics receive "
                        "pseudonymised data only.")}};
}

}  // namespace optagelse::insight
