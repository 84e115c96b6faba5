// An application for upper-secondary education: a ranked list of wishes (a programme at an
// institution), forrang claims with their documentation, or "another activity" instead of applying,
// and the applicant's contact data. docs/domain.md "The application".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace optagelse::applications {

struct Wish {
  std::string institution;  // INSTNR, 6 digits
  std::string programme;    // "stx", "hhx", "htx", "hf", "preib", "stx2", "hfe", "ib", "eb", "dia", "eud", "eux", "10kl"
  friend bool operator==(const Wish&, const Wish&) = default;
};

// A claim of priority (forrang) on one wish, with the attachment documenting it (its SHA-256).
// The institution (for handicap: the region) decides; a claim is not a guarantee.
struct ForrangClaim {
  int wish = 1;             // 1-based rank of the wish the claim is on
  std::string ground;       // a code of the rule set's forrang tiers: "asf", "elite", ...
  std::string attachment;   // SHA-256 of an uploaded attachment; empty until one is attached
  friend bool operator==(const ForrangClaim&, const ForrangClaim&) = default;
};

// Instead of applying: work, a stay abroad... The counsellor (KUI) of the home municipality is told.
enum class ActivityType { kWork, kStayAbroad, kOther };
inline constexpr ActivityType kAllActivityTypes[] = {ActivityType::kWork, ActivityType::kStayAbroad, ActivityType::kOther};
std::string_view ActivityTypeName(ActivityType type);  // "work", "stay_abroad", "other"
std::optional<ActivityType> ActivityTypeFromName(std::string_view name);

struct AnotherActivity {
  ActivityType type = ActivityType::kWork;
  std::string description;
  friend bool operator==(const AnotherActivity&, const AnotherActivity&) = default;
};

struct Contact {
  std::string email;
  std::string phone;
  // Where the guardians are asked to sign (at most kMaxGuardianEmails): contact data, not covered
  // by the signature.
  std::vector<std::string> guardian_emails;
  friend bool operator==(const Contact&, const Contact&) = default;
};

struct Application {
  int admission_year = 0;
  std::vector<Wish> wishes;  // ranked: wishes[0] is the 1st priority
  std::vector<ForrangClaim> forrang;
  std::optional<AnotherActivity> another_activity;
  Contact contact;
  friend bool operator==(const Application&, const Application&) = default;
};

// What kind of programme a wish is, which decides where the application goes.
enum class ProgrammeKind { kGymnasial, kEud, kTenthGrade, kUnknown };
ProgrammeKind ProgrammeKindOf(std::string_view programme);
// The programmes the central allocation covers wherever a public institution offers them: 3-year
// stx, hhx, htx, 2-year hf and pre-IB (not 2-year stx, hf single subjects or the international ones).
bool CentrallyAllocatedProgramme(std::string_view programme);

inline constexpr std::size_t kMaxTextLength = 1000;  // free text (activity description)
inline constexpr std::size_t kMaxGuardianEmails = 2;  // one per parent with custody

}  // namespace optagelse::applications
