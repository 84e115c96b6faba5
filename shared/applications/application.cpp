// Names of activity types and the kind of each programme. Gymnasial programmes: 3-year stx, hhx,
// htx, 2-year hf and pre-IB enter the central allocation (unless a private gymnasium offers them);
// 2-year stx (stx2), hf single subjects (hfe) and the international programmes (ib, eb, and dia for
// the Danish-German and Danish-French baccalaureates) are gymnasial but admit directly, as do EUD,
// eux and 10th grade (docs/domain.md "The application", routing).
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

bool CentrallyAllocatedProgramme(std::string_view programme) {
  for (const std::string_view allocated : {"stx", "hhx", "htx", "hf", "preib"}) {
    if (programme == allocated) return true;
  }
  return false;
}

ProgrammeKind ProgrammeKindOf(std::string_view programme) {
  if (CentrallyAllocatedProgramme(programme)) return ProgrammeKind::kGymnasial;
  for (const std::string_view direct : {"stx2", "hfe", "ib", "eb", "dia"}) {
    if (programme == direct) return ProgrammeKind::kGymnasial;
  }
  if (programme == "eud" || programme == "eux") return ProgrammeKind::kEud;
  if (programme == "10kl") return ProgrammeKind::kTenthGrade;
  return ProgrammeKind::kUnknown;
}

}  // namespace optagelse::applications
