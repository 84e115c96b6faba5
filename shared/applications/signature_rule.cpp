// The signature rule and the signed content: see signature_rule.h.
#include "calendar/age.h"
#include "applications/signature_rule.h"

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
