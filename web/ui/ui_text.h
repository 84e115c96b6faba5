// Every piece of interface text, in Danish and English. Screens ask for text by id; the language
// is the user's choice (Danish by default). Error texts come from the core's message table.
#pragma once

#include <string_view>

#include "core/language.h"

namespace optagelse::web {

enum class TextId {
  kAppTitle,
  kAppSubtitle,
  kSwitchLanguage,
  kServerHeading,
  kCheckConnection,
  kNotCheckedYet,
  kChecking,
  kServerAnswered,  // "{version}", "{status}", ... are filled in by the screen
  kServerUnreachable,
  kCprHeading,
  kCprLabel,
  kCprHint,
  kCprValid,
  kCprFictitious,
  kCprMalformed,
  kBornOn,
  kFemale,
  kMale,
  kNotesHeading,
  kNotesLabel,
  kNotesHint,
  kNavHome,
  kNavSchool,
  kSchoolHeading,
  kSchoolLoginHint,
  kInstitutionNumber,
  kLogInAsSchool,
  kLoggedInAs,
  kLogOut,
  kUploadHeading,
  kUploadHint,
  kChooseFile,
  kUploading,
  kUploadResult,  // "{accepted}", "{filtered}", "{rejected}"
  kUploadFailed,
  kPupilsHeading,
  kFilterAll,
  kFilterAccepted,
  kFilterFiltered,
  kFilterRejected,
  kClassFilter,
  kExportRejected,
  kColumnStatus,
  kColumnLine,
  kColumnCpr,
  kColumnName,
  kColumnClass,
  kColumnProblem,
  kColumnFix,
  kFixCpr,
  kStatusAccepted,
  kStatusFiltered,
  kStatusRejected,
  kNoPupils,
  kRequestFailed,
};

std::string_view Text(TextId id, Language language);

}  // namespace optagelse::web
