// The application core: validation at every rule (table-driven, exact codes and fields), routing,
// the signature rule at the 18th-birthday boundary, the signed content, status over the deadline,
// attachment types by content, instants, and the wire format's round trip. Runs natively and as
// WebAssembly under node.
#include <algorithm>

#include <gtest/gtest.h>

#include "applications/application_status.h"
#include "applications/application_validation.h"
#include "applications/attachment_type.h"
#include "applications/routing.h"
#include "applications/signature_rule.h"
#include "applications/wish_editing.h"
#include "calendar/instant.h"
#include "upv_test_support.h"
#include "wire/application_wire.h"

namespace optagelse::applications {
namespace {

using upv::testing::Rules;

OfferCatalog Offers() {
  return OfferCatalog({{"101001", "stx", "København Gymnasium", 101, true, false},
                       {"101001", "hf", "København Gymnasium", 101, true, false},
                       {"101001", "hhx", "København Gymnasium", 101, false, false},
                       {"101001", "stx2", "København Gymnasium", 101, true, false},
                       {"101001", "ib", "København Gymnasium", 101, true, false},
                       {"101011", "eud", "København Erhvervsskole", 101, true, false},
                       {"101012", "10kl", "København 10. klasse", 101, true, false},
                       {"101013", "stx", "Privatgymnasiet", 101, true, true}});
}

Application Valid() {
  Application application;
  application.admission_year = 2027;
  application.wishes = {{"101001", "stx"}, {"101001", "hf"}};
  application.contact.email = "amir@example.dk";
  return application;
}

struct ValidationCase {
  std::string name;
  void (*change)(Application&);
  Stage stage;
  ErrorCode code;   // the one problem expected
  std::string field;
  Severity severity;
};

void PrintTo(const ValidationCase& c, std::ostream* out) { *out << c.name; }

class ApplicationValidationTest : public ::testing::TestWithParam<ValidationCase> {};

TEST_P(ApplicationValidationTest, ReportsExactlyTheProblem) {
  const ValidationCase& c = GetParam();
  Application application = Valid();
  c.change(application);
  const auto problems = ValidateApplication(application, Offers(), Rules(2027), c.stage);
  ASSERT_EQ(problems.size(), 1u) << c.name;
  EXPECT_EQ(problems[0].code, c.code);
  EXPECT_EQ(problems[0].field, c.field);
  EXPECT_EQ(problems[0].severity, c.severity);
}

INSTANTIATE_TEST_SUITE_P(
    Rules, ApplicationValidationTest,
    ::testing::Values(
        ValidationCase{"EmptyDraftWarns", [](Application& a) { a.wishes.clear(); }, Stage::kDraft, ErrorCode::kApplicationEmpty, "wishes", Severity::kWarning},
        ValidationCase{"EmptySubmitFails", [](Application& a) { a.wishes.clear(); }, Stage::kSubmit, ErrorCode::kApplicationEmpty, "wishes", Severity::kError},
        ValidationCase{"DuplicateWish", [](Application& a) { a.wishes.push_back({"101001", "stx"}); }, Stage::kDraft,
                       ErrorCode::kApplicationDuplicateWish, "wishes[2]", Severity::kError},
        ValidationCase{"NotOffered", [](Application& a) { a.wishes[1].programme = "htx"; }, Stage::kDraft,
                       ErrorCode::kApplicationNotOffered, "wishes[1].programme", Severity::kError},
        ValidationCase{"Closed", [](Application& a) { a.wishes[1].programme = "hhx"; }, Stage::kDraft,
                       ErrorCode::kApplicationOfferClosed, "wishes[1]", Severity::kError},
        ValidationCase{"UnknownInstitution", [](Application& a) { a.wishes[1].institution = "999999"; }, Stage::kDraft,
                       ErrorCode::kUnknownInstitution, "wishes[1].institution", Severity::kError},
        ValidationCase{"BadInstitutionNumber", [](Application& a) { a.wishes[0].institution = "10100"; }, Stage::kDraft,
                       ErrorCode::kInvalidInstitutionNumber, "wishes[0].institution", Severity::kError},
        ValidationCase{"ForrangUnknownGround", [](Application& a) { a.forrang.push_back({1, "friends", "ab"}); }, Stage::kDraft,
                       ErrorCode::kApplicationUnknownForrang, "forrang[0].ground", Severity::kError},
        ValidationCase{"ForrangOnSecondWishNotAllowed", [](Application& a) { a.forrang.push_back({2, "elite", "ab"}); }, Stage::kDraft,
                       ErrorCode::kApplicationForrangWish, "forrang[0].wish", Severity::kError},
        ValidationCase{"ForrangTwice",
                       [](Application& a) {
                         a.forrang.push_back({1, "elite", "ab"});
                         a.forrang.push_back({1, "asf", "cd"});
                       },
                       Stage::kDraft, ErrorCode::kApplicationForrangTwice, "forrang[1].wish", Severity::kError},
        ValidationCase{"ForrangAttachmentLaterInDraft", [](Application& a) { a.forrang.push_back({1, "elite", ""}); }, Stage::kDraft,
                       ErrorCode::kApplicationForrangAttachment, "forrang[0].attachment", Severity::kWarning},
        ValidationCase{"ForrangAttachmentOnSubmit", [](Application& a) { a.forrang.push_back({1, "elite", ""}); }, Stage::kSubmit,
                       ErrorCode::kApplicationForrangAttachment, "forrang[0].attachment", Severity::kError},
        ValidationCase{"WishesAndActivity", [](Application& a) { a.another_activity = AnotherActivity{ActivityType::kWork, "Job"}; },
                       Stage::kDraft, ErrorCode::kApplicationWishesAndActivity, "another_activity", Severity::kError},
        ValidationCase{"ActivityWithoutText",
                       [](Application& a) {
                         a.wishes.clear();
                         a.another_activity = AnotherActivity{ActivityType::kStayAbroad, "  "};
                       },
                       Stage::kSubmit, ErrorCode::kApplicationActivityText, "another_activity.description", Severity::kError},
        ValidationCase{"BadEmail", [](Application& a) { a.contact.email = "amir@"; }, Stage::kDraft,
                       ErrorCode::kApplicationInvalidEmail, "contact.email", Severity::kError},
        ValidationCase{"BadPhone", [](Application& a) { a.contact.phone = "1234 567"; }, Stage::kDraft,
                       ErrorCode::kApplicationInvalidPhone, "contact.phone", Severity::kError},
        ValidationCase{"NoContactOnSubmit", [](Application& a) { a.contact = {}; }, Stage::kSubmit,
                       ErrorCode::kApplicationContactMissing, "contact", Severity::kError}),
    [](const auto& info) { return info.param.name; });

TEST(ApplicationValidation, ValidApplicationsHaveNoProblems) {
  Application application = Valid();
  application.contact = {"", "+45 12 34 56 78", {}};
  application.forrang.push_back({1, "elite", "e3b0c44298fc1c149afbf4c8996fb924"});
  EXPECT_TRUE(ValidateApplication(application, Offers(), Rules(2027), Stage::kSubmit).empty());
  Application activity;
  activity.another_activity = AnotherActivity{ActivityType::kWork, "Lærling i en cykelbutik"};
  activity.contact.phone = "12345678";
  EXPECT_TRUE(ValidateApplication(activity, Offers(), Rules(2027), Stage::kSubmit).empty());
}

TEST(ApplicationValidation, BoundsTheNumberOfWishesByTheRuleSet) {
  Application application = Valid();
  application.wishes.assign(101, Wish{"101001", "stx"});  // the sources set no limit; 100 is a technical ceiling
  const auto problems = ValidateApplication(application, Offers(), Rules(2027), Stage::kDraft);
  ASSERT_FALSE(problems.empty());
  EXPECT_EQ(problems[0].code, ErrorCode::kApplicationTooManyWishes);
  EXPECT_EQ(problems[0].detail, "100");
}

TEST(ApplicationValidation, ReportsEveryProblemAtOnce) {
  Application application = Valid();
  application.wishes.push_back({"101001", "stx"});
  application.contact.email = "not-an-email";
  application.forrang.push_back({3, "nope", ""});
  const auto problems = ValidateApplication(application, Offers(), Rules(2027), Stage::kSubmit);
  std::vector<ErrorCode> codes;
  for (const Problem& problem : problems) codes.push_back(problem.code);
  EXPECT_EQ(codes, (std::vector<ErrorCode>{ErrorCode::kApplicationDuplicateWish, ErrorCode::kApplicationUnknownForrang,
                                           ErrorCode::kApplicationForrangWish, ErrorCode::kApplicationForrangAttachment,
                                           ErrorCode::kApplicationInvalidEmail}));
  EXPECT_TRUE(HasErrors(problems));
}

TEST(ApplicationValidation, ARuleSetThatAllowsForrangOnTheSecondWish) {
  upv::RuleSet rules = Rules(2027);
  rules.allocation.forrang_wishes = 2;
  Application application = Valid();
  application.forrang.push_back({2, "preib", "ab"});
  EXPECT_TRUE(ValidateApplication(application, Offers(), rules, Stage::kSubmit).empty());
}

// Four wishes a-d with a claim on the 1st (a) and one on the 3rd (c).
Application FourWishesTwoClaims() {
  Application application;
  for (const char* institution : {"100001", "100002", "100003", "100004"}) application.wishes.push_back({institution, "stx"});
  application.forrang = {{1, "elite", "sha-a"}, {3, "asf", "sha-c"}};
  return application;
}

std::vector<std::pair<int, std::string>> ClaimsByRank(const Application& application) {
  std::vector<std::pair<int, std::string>> out;
  for (const auto& claim : application.forrang) out.emplace_back(claim.wish, application.wishes[claim.wish - 1].institution);
  std::sort(out.begin(), out.end());
  return out;
}

TEST(WishEditing, AClaimFollowsItsWishWhenWishesMove) {
  Application down = FourWishesTwoClaims();
  MoveWish(down, 0, 2);  // a to 3rd: b c a d
  EXPECT_EQ(down.wishes[0].institution, "100002");
  EXPECT_EQ(ClaimsByRank(down), (std::vector<std::pair<int, std::string>>{{2, "100003"}, {3, "100001"}}));
  Application up = FourWishesTwoClaims();
  MoveWish(up, 3, 0);  // d to the top: d a b c
  EXPECT_EQ(up.wishes[0].institution, "100004");
  EXPECT_EQ(ClaimsByRank(up), (std::vector<std::pair<int, std::string>>{{2, "100001"}, {4, "100003"}}));
  Application same = FourWishesTwoClaims();
  MoveWish(same, 1, 7);  // out of range: nothing moves
  MoveWish(same, 2, 2);
  EXPECT_EQ(same, FourWishesTwoClaims());
}

TEST(WishEditing, RemovingAWishTakesItsClaimAndKeepsTheOthersOnTheirWishes) {
  Application application = FourWishesTwoClaims();
  RemoveWish(application, 0);  // a and its claim go: b c d
  EXPECT_EQ(application.wishes.size(), 3u);
  EXPECT_EQ(ClaimsByRank(application), (std::vector<std::pair<int, std::string>>{{2, "100003"}}));
  RemoveWish(application, 9);
  EXPECT_EQ(application.wishes.size(), 3u);
}

TEST(ApplicationRouting, FirstWishDecides) {
  const OfferCatalog offers = Offers();
  Application application = Valid();
  EXPECT_EQ(Route(application, offers, 101), (Routing{Destination::kCentralAllocation, "101001", 0}));
  application.wishes.insert(application.wishes.begin(), Wish{"101011", "eud"});
  EXPECT_EQ(Route(application, offers, 101), (Routing{Destination::kInstitution, "101011", 0}));
  application.wishes.front() = Wish{"101012", "10kl"};
  EXPECT_EQ(Route(application, offers, 101), (Routing{Destination::kInstitution, "101012", 0}));
  Application activity;
  activity.another_activity = AnotherActivity{ActivityType::kWork, "Job"};
  EXPECT_EQ(Route(activity, offers, 461), (Routing{Destination::kCounsellor, "", 461}));
  EXPECT_EQ(Route(Application{}, offers, 461), std::nullopt);
}

// Outside the central allocation (uvm.dk "Hvilke institutioner er omfattet", uni-c.dk Q&A; docs/
// domain.md "The application", routing): private gymnasiums, 2-year stx and the international
// programmes admit directly, though they are gymnasial.
TEST(ApplicationRouting, PrivateGymnasiumsTwoYearStxAndInternationalProgrammesAdmitDirectly) {
  const OfferCatalog offers = Offers();
  Application application = Valid();
  for (const Wish& first : {Wish{"101013", "stx"}, Wish{"101001", "stx2"}, Wish{"101001", "ib"}}) {
    application.wishes.front() = first;
    EXPECT_EQ(Route(application, offers, 101), (Routing{Destination::kInstitution, first.institution, 0})) << first.programme;
    EXPECT_EQ(ProgrammeKindOf(first.programme), ProgrammeKind::kGymnasial) << first.programme;
  }
  application.wishes.front() = Wish{"101001", "stx"};  // the same programme at a public gymnasium is allocated
  EXPECT_EQ(Route(application, offers, 101)->destination, Destination::kCentralAllocation);
}

struct SignatureCase {
  Date birth;
  bool needs;
};

class SignatureRuleTest : public ::testing::TestWithParam<SignatureCase> {};

TEST_P(SignatureRuleTest, UnderEighteenOnTheDeadlineDay) {
  // 2027 deadline: 1 March 2027. Whoever turns 18 on or before it signs alone.
  EXPECT_EQ(NeedsGuardianSignature(GetParam().birth, *Rules(2027).application), GetParam().needs);
}

INSTANTIATE_TEST_SUITE_P(Boundary, SignatureRuleTest,
                         ::testing::Values(SignatureCase{{2009, 3, 1}, false}, SignatureCase{{2009, 3, 2}, true},
                                           SignatureCase{{2009, 2, 28}, false}, SignatureCase{{2011, 6, 1}, true},
                                           SignatureCase{{2008, 2, 29}, false}, SignatureCase{{2000, 1, 1}, false}));

TEST(SignedContent, ChangesWithEveryPartTheGuardianSignsAndNotWithContact) {
  const Application base = Valid();
  const std::string text = SignedContent(base);
  Application reordered = base;
  std::swap(reordered.wishes[0], reordered.wishes[1]);
  EXPECT_NE(SignedContent(reordered), text);
  Application claimed = base;
  claimed.forrang.push_back({1, "elite", "ab"});
  EXPECT_NE(SignedContent(claimed), text);
  Application recontacted = base;
  recontacted.contact.phone = "12345678";
  EXPECT_EQ(SignedContent(recontacted), text);
  // Length prefixes: moving text between fields changes the content.
  Application a = base, b = base;
  a.wishes = {{"1010", "01stx"}};
  b.wishes = {{"101001", "stx"}};
  EXPECT_NE(SignedContent(a), SignedContent(b));
}

TEST(SignatureRule, TheLatestDecisionOfSomeGuardianOnThisContentCounts) {
  const std::vector<SignatureDecision> decisions{{"mor", "v1", "signed"}, {"far", "v2", "declined"}, {"mor", "v2", "declined"},
                                                 {"mor", "v2", "signed"}, {"far", "v3", "signed"}, {"far", "v3", "declined"}};
  EXPECT_TRUE(SignedByAGuardian(decisions, "v1"));
  EXPECT_TRUE(SignedByAGuardian(decisions, "v2"));   // mother signed after declining; father's decline does not undo it
  EXPECT_FALSE(SignedByAGuardian(decisions, "v3"));  // father signed, then declined
  EXPECT_FALSE(SignedByAGuardian(decisions, "v4"));  // nobody decided on this content
}

TEST(ApplicationStatus, OnlyLockedAndAllocatedAreFinal) {
  for (const Status status : {Status::kDraft, Status::kAwaitingSignature, Status::kSubmitted, Status::kLate, Status::kWithdrawn}) {
    EXPECT_TRUE(IsEditable(status)) << StatusName(status);
    EXPECT_EQ(StatusFromName(StatusName(status)), status);
  }
  EXPECT_FALSE(IsEditable(Status::kLocked));
  EXPECT_FALSE(IsEditable(Status::kAllocated));
  EXPECT_EQ(StatusFromName("sent"), std::nullopt);
}

TEST(ApplicationStatus, FollowsTheDeadline) {
  const ApplicationRules& rules = *Rules(2027).application;
  const UnixSeconds deadline = DeadlineAt(rules);
  EXPECT_EQ(FormatIsoInstant(deadline), "2027-03-01T22:59:59Z");  // 23:59:59 Danish time (CET)
  EXPECT_EQ(FormatIsoInstant(OpensAt(rules)), "2027-01-14T23:00:00Z");
  StatusFacts facts;
  EXPECT_EQ(DeriveStatus(facts, rules, deadline), Status::kDraft);
  facts.submitted = true;
  facts.signature_required = true;
  EXPECT_EQ(DeriveStatus(facts, rules, deadline), Status::kAwaitingSignature);
  facts.signature_valid = true;
  facts.completed_at = deadline;
  EXPECT_EQ(DeriveStatus(facts, rules, deadline), Status::kSubmitted);
  EXPECT_EQ(DeriveStatus(facts, rules, deadline + 1), Status::kLocked);
  facts.completed_at = deadline + 1;
  EXPECT_EQ(DeriveStatus(facts, rules, deadline + 1), Status::kLate);
  facts.withdrawn = true;
  EXPECT_EQ(DeriveStatus(facts, rules, deadline), Status::kWithdrawn);
  EXPECT_FALSE(IsEditable(Status::kLocked));
  EXPECT_TRUE(IsEditable(Status::kLate));
  EXPECT_EQ(PhaseAt(rules, OpensAt(rules) - 1), Phase::kNotOpen);
  EXPECT_EQ(PhaseAt(rules, deadline), Phase::kOpen);
  EXPECT_EQ(PhaseAt(rules, deadline + 1), Phase::kAfterDeadline);
}

TEST(Instant, RoundTripsAndKnowsTheCalendar) {
  EXPECT_EQ(DaysSinceEpoch({1970, 1, 1}), 0);
  EXPECT_EQ(DaysSinceEpoch({2000, 3, 1}), 11017);
  EXPECT_EQ(DateFromDaysSinceEpoch(-1), (Date{1969, 12, 31}));
  for (std::int64_t day = -800000; day < 800000; day += 997) {
    EXPECT_EQ(DaysSinceEpoch(DateFromDaysSinceEpoch(day)), day);
  }
  EXPECT_EQ(ParseIsoInstant("2027-03-01T22:59:59Z"), InstantOf({2027, 3, 1}, 23 * 60 + 59, 60) + 59);
  EXPECT_EQ(ParseIsoInstant("2027-03-01T22:59Z"), InstantOf({2027, 3, 1}, 22 * 60 + 59, 0));
  EXPECT_EQ(ParseIsoInstant("2027-02-30T10:00:00Z"), std::nullopt);
  EXPECT_EQ(ParseIsoInstant("2027-03-01 10:00:00"), std::nullopt);
  EXPECT_EQ(LocalDateOf(InstantOf({2027, 3, 1}, 23 * 60 + 30, 60), 60), (Date{2027, 3, 1}));
}

TEST(AttachmentType, DecidedByContentNotName) {
  EXPECT_EQ(DetectAttachmentType("%PDF-1.7\n..."), AttachmentType::kPdf);
  EXPECT_EQ(DetectAttachmentType(std::string_view("\x89PNG\r\n\x1a\n\0\0", 10)), AttachmentType::kPng);
  EXPECT_EQ(DetectAttachmentType("\xFF\xD8\xFF\xE0"), AttachmentType::kJpeg);
  EXPECT_EQ(DetectAttachmentType("PK\x03\x04 a zip called file.pdf"), std::nullopt);
  EXPECT_EQ(DetectAttachmentType("<html>"), std::nullopt);
  EXPECT_EQ(DetectAttachmentType(""), std::nullopt);
  EXPECT_EQ(DescribeContent("PK\x03\x04"), "a ZIP archive or Office document");
  EXPECT_EQ(MediaTypeOf(AttachmentType::kPng), "image/png");
}

TEST(ApplicationWire, RoundTripsAndRefusesUnknownFields) {
  Application application = Valid();
  application.forrang.push_back({1, "elite", "abc"});
  Application activity;
  activity.admission_year = 2027;
  activity.another_activity = AnotherActivity{ActivityType::kStayAbroad, "Et år i Canada"};
  for (const Application& original : {application, activity}) {
    const auto parsed = wire::ApplicationFromJson(wire::ApplicationToJson(original));
    ASSERT_TRUE(parsed.has_value());
    EXPECT_EQ(*parsed, original);
  }
  const auto misspelt = wire::ApplicationFromJson(*wire::ParseJson(R"({"wishes": [{"institution": "101001", "programe": "stx"}]})"));
  ASSERT_FALSE(misspelt.has_value());
  EXPECT_EQ(misspelt.error().code, ErrorCode::kBadRequest);
  EXPECT_EQ(misspelt.error().field, "wishes[0].programe");
  const auto wrong = wire::ApplicationFromJson(*wire::ParseJson(R"({"forrang": [{"wish": "1", "ground": "elite"}]})"));
  ASSERT_FALSE(wrong.has_value());
  EXPECT_EQ(wrong.error().field, "forrang[0].wish");
  const auto activity_type = wire::ApplicationFromJson(*wire::ParseJson(R"({"another_activity": {"type": "holiday"}})"));
  ASSERT_FALSE(activity_type.has_value());
  EXPECT_EQ(activity_type.error().code, ErrorCode::kApplicationUnknownActivity);
  const auto offers = wire::OffersFromJson(wire::OffersToJson(Offers().offers()));
  ASSERT_TRUE(offers.has_value());
  EXPECT_EQ(*offers, Offers().offers());
  EXPECT_FALSE(wire::OffersFromJson(*wire::ParseJson(R"([{"institution": "1", "programme": 5}])")).has_value());
}

}  // namespace
}  // namespace optagelse::applications
