// The signature rule and the signed content: see signature_rule.h.
#include "applications/signature_rule.h"

#include <algorithm>
#include <map>

#include "calendar/age.h"

namespace optagelse::applications {
namespace {

constexpr char kSeparator = '\x1f';  // ASCII unit separator: never typed in a field

void AppendField(std::string& out, std::string_view field) {
  out += std::to_string(field.size());  // length-prefixed: separators inside text cannot shift fields
  out += ':';
  out += field;
  out += kSeparator;
}

}  // namespace

bool NeedsGuardianSignature(const Date& birth_date, const ApplicationRules& rules) {
  return rules.deadline_date < BirthdayAtAge(birth_date, rules.signature_under_age);
}

bool SignedByAGuardian(const std::vector<SignatureDecision>& decisions, std::string_view content_sha256) {
  std::map<std::string_view, std::string_view> latest;  // per guardian, on this content
  for (const SignatureDecision& decision : decisions) {
    if (decision.content_sha256 == content_sha256) latest[decision.guardian_cpr] = decision.decision;
  }
  return std::any_of(latest.begin(), latest.end(), [](const auto& entry) { return entry.second == "signed"; });
}

std::string SignedContent(const Application& application) {
  std::string out = "optagelse-application-1\n";
  AppendField(out, std::to_string(application.admission_year));
  out += '\n';
  for (const Wish& wish : application.wishes) {
    out += "wish";
    out += kSeparator;
    AppendField(out, wish.institution);
    AppendField(out, wish.programme);
    out += '\n';
  }
  for (const ForrangClaim& claim : application.forrang) {
    out += "forrang";
    out += kSeparator;
    AppendField(out, std::to_string(claim.wish));
    AppendField(out, claim.ground);
    AppendField(out, claim.attachment);
    out += '\n';
  }
  if (application.another_activity) {
    out += "activity";
    out += kSeparator;
    AppendField(out, ActivityTypeName(application.another_activity->type));
    AppendField(out, application.another_activity->description);
    out += '\n';
  }
  return out;
}

}  // namespace optagelse::applications
