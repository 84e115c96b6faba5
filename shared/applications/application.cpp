// Names of activity types and the kind of each programme. Gymnasial programmes (stx, hhx, htx, hf,
// pre-IB) enter the central allocation; EUD and eux, and 10th grade, go straight to the school
// (docs/domain.md "The application", routing).
#include "applications/application.h"

namespace optagelse::applications {

std::string_view ActivityTypeName(ActivityType type) {
  switch (type) {
    case ActivityType::kWork:
      return "work";
    case ActivityType::kStayAbroad:
      return "stay_abroad";
    case ActivityType::kOther:
      return "other";
  }
  return "other";
}

std::optional<ActivityType> ActivityTypeFromName(std::string_view name) {
  for (const ActivityType type : kAllActivityTypes) {
    if (ActivityTypeName(type) == name) return type;
  }
  return std::nullopt;
}

ProgrammeKind ProgrammeKindOf(std::string_view programme) {
  for (const std::string_view gymnasial : {"stx", "hhx", "htx", "hf", "preib"}) {
    if (programme == gymnasial) return ProgrammeKind::kGymnasial;
  }
  if (programme == "eud" || programme == "eux") return ProgrammeKind::kEud;
  if (programme == "10kl") return ProgrammeKind::kTenthGrade;
  return ProgrammeKind::kUnknown;
}

}  // namespace optagelse::applications
