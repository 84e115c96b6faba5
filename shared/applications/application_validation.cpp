// Application validation: see application_validation.h. Wishes: any number up to the rule set's
// bound, no duplicates, offered and open. Forrang: a ground of the year's tier list, on the first N
// wishes (rule set: forrang_wishes), one claim per wish, with documentation. Another activity
// instead of wishes, never both. Contact: an e-mail or a Danish phone number.
#include "applications/application_validation.h"

#include <algorithm>
#include <string>

#include "allocation/allocation_rules.h"
#include "text/email_address.h"

namespace optagelse::applications {
namespace {

std::string At(std::string_view list, std::size_t index) { return std::string(list) + "[" + std::to_string(index) + "]"; }

bool IsInstitutionNumber(std::string_view text) {
  return text.size() == 6 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A Danish phone number: 8 digits, optionally "+45" first; spaces allowed between digits.
bool LooksLikePhone(std::string_view phone) {
  if (phone.substr(0, 3) == "+45") phone.remove_prefix(3);
  int digits = 0;
  for (const char c : phone) {
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c != ' ') {
      return false;
    }
  }
  return digits == 8;
}

void CheckWishes(const Application& application, const OfferCatalog& offers, const upv::RuleSet& rules,
                 std::vector<Problem>& problems) {
  const int max_wishes = rules.application ? rules.application->max_wishes : 30;
  if (static_cast<int>(application.wishes.size()) > max_wishes) {
    problems.push_back(MakeError(ErrorCode::kApplicationTooManyWishes, "wishes", std::to_string(max_wishes)));
  }
  for (std::size_t i = 0; i < application.wishes.size(); ++i) {
    const Wish& wish = application.wishes[i];
    const std::string field = At("wishes", i);
    if (!IsInstitutionNumber(wish.institution)) {
      problems.push_back(MakeError(ErrorCode::kInvalidInstitutionNumber, field + ".institution", wish.institution));
      continue;
    }
    const auto earlier = std::find(application.wishes.begin(), application.wishes.begin() + static_cast<std::ptrdiff_t>(i), wish);
    if (earlier != application.wishes.begin() + static_cast<std::ptrdiff_t>(i)) {
      problems.push_back(MakeError(ErrorCode::kApplicationDuplicateWish, field,
                                   std::to_string(earlier - application.wishes.begin() + 1)));
      continue;
    }
    if (!offers.HasInstitution(wish.institution)) {
      problems.push_back(MakeError(ErrorCode::kUnknownInstitution, field + ".institution", wish.institution));
      continue;
    }
    const Offer* offer = offers.Find(wish.institution, wish.programme);
    if (offer == nullptr || ProgrammeKindOf(wish.programme) == ProgrammeKind::kUnknown) {
      problems.push_back(MakeError(ErrorCode::kApplicationNotOffered, field + ".programme", wish.programme));
    } else if (!offer->open) {
      problems.push_back(MakeError(ErrorCode::kApplicationOfferClosed, field, offer->institution_name));
    }
  }
}

void CheckForrang(const Application& application, const upv::RuleSet& rules, Stage stage, std::vector<Problem>& problems) {
  std::vector<int> claimed;
  for (std::size_t i = 0; i < application.forrang.size(); ++i) {
    const ForrangClaim& claim = application.forrang[i];
    const std::string field = At("forrang", i);
    if (!allocation::ForrangTier(rules.allocation, claim.ground)) {
      problems.push_back(MakeError(ErrorCode::kApplicationUnknownForrang, field + ".ground", claim.ground));
    }
    const int allowed = rules.allocation.forrang_wishes;
    if (claim.wish < 1 || claim.wish > allowed || claim.wish > static_cast<int>(application.wishes.size())) {
      problems.push_back(MakeError(ErrorCode::kApplicationForrangWish, field + ".wish", std::to_string(allowed)));
    } else if (std::find(claimed.begin(), claimed.end(), claim.wish) != claimed.end()) {
      problems.push_back(MakeError(ErrorCode::kApplicationForrangTwice, field + ".wish", std::to_string(claim.wish)));
    }
    claimed.push_back(claim.wish);
    if (claim.attachment.empty()) {
      problems.push_back(stage == Stage::kSubmit ? MakeError(ErrorCode::kApplicationForrangAttachment, field + ".attachment")
                                                 : MakeWarning(ErrorCode::kApplicationForrangAttachment, field + ".attachment"));
    }
  }
}

void CheckActivity(const AnotherActivity& activity, std::vector<Problem>& problems) {
  const bool blank = std::all_of(activity.description.begin(), activity.description.end(), [](char c) { return c == ' '; });
  if (blank) problems.push_back(MakeError(ErrorCode::kApplicationActivityText, "another_activity.description"));
  if (activity.description.size() > kMaxTextLength) {
    problems.push_back(MakeError(ErrorCode::kApplicationTextTooLong, "another_activity.description", std::to_string(kMaxTextLength)));
  }
}

}  // namespace

std::vector<Problem> ValidateContact(const Contact& contact, Stage stage) {
  std::vector<Problem> problems;
  if (!contact.email.empty() && !text::LooksLikeEmailAddress(contact.email)) {
    problems.push_back(MakeError(ErrorCode::kApplicationInvalidEmail, "contact.email", contact.email));
  }
  for (std::size_t i = 0; i < contact.guardian_emails.size(); ++i) {
    if (!text::LooksLikeEmailAddress(contact.guardian_emails[i])) {
      problems.push_back(MakeError(ErrorCode::kApplicationInvalidEmail, "contact.guardian_emails[" + std::to_string(i) + "]",
                                   contact.guardian_emails[i]));
    }
  }
  if (contact.guardian_emails.size() > kMaxGuardianEmails) {
    problems.push_back(MakeError(ErrorCode::kApplicationTooManyGuardianEmails, "contact.guardian_emails",
                                 std::to_string(kMaxGuardianEmails)));
  }
  if (!contact.phone.empty() && !LooksLikePhone(contact.phone)) {
    problems.push_back(MakeError(ErrorCode::kApplicationInvalidPhone, "contact.phone", contact.phone));
  }
  if (contact.email.empty() && contact.phone.empty()) {
    problems.push_back(stage == Stage::kSubmit ? MakeError(ErrorCode::kApplicationContactMissing, "contact")
                                               : MakeWarning(ErrorCode::kApplicationContactMissing, "contact"));
  }
  return problems;
}

std::vector<Problem> ValidateApplication(const Application& application, const OfferCatalog& offers,
                                         const upv::RuleSet& rules, Stage stage) {
  std::vector<Problem> problems;
  if (application.wishes.empty() && !application.another_activity) {
    problems.push_back(stage == Stage::kSubmit ? MakeError(ErrorCode::kApplicationEmpty, "wishes")
                                               : MakeWarning(ErrorCode::kApplicationEmpty, "wishes"));
  }
  if (!application.wishes.empty() && application.another_activity) {
    problems.push_back(MakeError(ErrorCode::kApplicationWishesAndActivity, "another_activity"));
  }
  CheckWishes(application, offers, rules, problems);
  CheckForrang(application, rules, stage, problems);
  if (application.another_activity) CheckActivity(*application.another_activity, problems);
  for (Problem& problem : ValidateContact(application.contact, stage)) problems.push_back(std::move(problem));
  return problems;
}

bool HasErrors(const std::vector<Problem>& problems) {
  return std::any_of(problems.begin(), problems.end(), [](const Problem& p) { return p.severity == Severity::kError; });
}

}  // namespace optagelse::applications
