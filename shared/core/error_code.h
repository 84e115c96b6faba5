// Every error and warning the system can report, with a fixed number that travels over HTTP and
// into the database. Add new codes at the end of their block; never renumber. Human text for each
// code lives in messages.cpp (Danish and English), and a test checks that every code has both.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace optagelse {

// X(name, number): the one list of codes. Blocks: 1xxx general/request/files, 2xxx CPR,
// 3xxx storage, 4xxx pupil data (Elevdatabasen), 5xxx readiness assessment (UPV) and rule sets,
// 6xxx the allocation (61xx: why an applicant is on the region's list),
// 7xxx applications (71xx guardians' signatures, 72xx attachments, 73xx forrang decisions),
// 8xxx transport time (coordinates, travel-time imports, the estimator's parameters).
#define OPTAGELSE_ERROR_CODES(X)        \
  X(kInternal, 1000)                    \
  X(kBadRequest, 1001)                  \
  X(kNotFound, 1002)                    \
  X(kPayloadTooLarge, 1003)             \
  X(kUnsupportedMediaType, 1004)        \
  X(kInvalidJson, 1005)                 \
  X(kMissingField, 1006)                \
  X(kWrongFieldType, 1007)              \
  X(kMethodNotAllowed, 1008)            \
  X(kDuplicateValue, 1009)              \
  X(kUnknownReference, 1010)            \
  X(kInvalidInstitutionNumber, 1011)    \
  X(kInvalidEncoding, 1012)             \
  X(kEmptyFile, 1013)                   \
  X(kCsvUnterminatedQuote, 1014)        \
  X(kMissingColumn, 1015)               \
  X(kInvalidDate, 1016)                 \
  X(kEndBeforeStart, 1017)              \
  X(kCsvFieldCount, 1018)               \
  X(kNotLoggedIn, 1019)                 \
  X(kForbidden, 1020)                   \
  X(kCsrfTokenMissing, 1021)            \
  X(kTooManyAttempts, 1022)             \
  X(kLoginMethodDisabled, 1023)         \
  X(kLoginStateInvalid, 1024)           \
  X(kLoginTokenInvalid, 1025)           \
  X(kLoginProviderUnavailable, 1026)    \
  X(kLoginProviderRefused, 1027)        \
  X(kLoginClaimMissing, 1028)           \
  X(kLoginReturnInvalid, 1029)          \
  X(kTooManyConnections, 1030)          \
  X(kLoginPersonUnknown, 1031)          \
  X(kCprEmpty, 2000)                    \
  X(kCprWrongLength, 2001)              \
  X(kCprInvalidCharacter, 2002)         \
  X(kCprImpossibleDate, 2003)           \
  X(kCprModulus11Failed, 2004)          \
  X(kCprFictitiousDayPlus60, 2005)      \
  X(kCprFictitiousLetters, 2006)        \
  X(kCprMisplacedHyphen, 2007)          \
  X(kCprNotInRegister, 2008)            \
  X(kDatabaseUnavailable, 3000)         \
  X(kDatabaseMigrationFailed, 3001)     \
  X(kDemoDataInvalid, 3002)             \
  X(kUnknownInstitution, 4000)          \
  X(kWrongInstitution, 4001)            \
  X(kUnknownEducationCode, 4002)        \
  X(kEducationNotOffered, 4003)         \
  X(kInvalidGrade, 4004)                \
  X(kGradeNotForEducation, 4005)        \
  X(kInvalidClass, 4006)                \
  X(kPupilEnrolledElsewhere, 4007)      \
  X(kUpvInvalidGrade, 5000)             \
  X(kUpvInvalidGradeLevel, 5001)        \
  X(kUnknownRuleYear, 5002)             \
  X(kRuleSetInvalid, 5003)              \
  X(kUpvPupilBlocked, 5004)             \
  X(kUpvInvalidSubject, 5005)           \
  X(kUpvUnknownTrack, 5006)             \
  X(kUpvTooManyGrades, 5007)            \
  X(kUpvExamWholeAndParts, 5008)        \
  X(kAllocationUnknownForrang, 6000)    \
  X(kAllocationForrangNotAllowed, 6001) \
  X(kAllocationInvalidCapacity, 6002)   \
  X(kAllocationInvalidLottery, 6003)    \
  X(kAllocationInvalidMinutes, 6004)    \
  X(kAllocationIncomeGroupMissing, 6005) \
  X(kAllocationNoCentralModel, 6006)    \
  X(kAllocationNoSeatWithinReach, 6100) \
  X(kAllocationNoWishes, 6101)          \
  X(kAllocationAlreadyPublished, 6200)  \
  X(kAllocationApplicantPlaced, 6201)   \
  X(kAllocationNotStable, 6202)          \
  X(kAllocationInputNotSnapshot, 6203)  \
  X(kAllocationBeforeDeadline, 6204)    \
  X(kApplicationEmpty, 7000)             \
  X(kApplicationWishesAndActivity, 7001) \
  X(kApplicationTooManyWishes, 7002)     \
  X(kApplicationDuplicateWish, 7003)     \
  X(kApplicationNotOffered, 7004)        \
  X(kApplicationOfferClosed, 7005)       \
  X(kApplicationUnknownForrang, 7006)    \
  X(kApplicationForrangWish, 7007)       \
  X(kApplicationForrangAttachment, 7008) \
  X(kApplicationForrangTwice, 7009)      \
  X(kApplicationUnknownActivity, 7010)   \
  X(kApplicationActivityText, 7011)      \
  X(kApplicationInvalidEmail, 7012)      \
  X(kApplicationInvalidPhone, 7013)      \
  X(kApplicationContactMissing, 7014)    \
  X(kApplicationTextTooLong, 7015)       \
  X(kApplicationNotOpen, 7016)           \
  X(kApplicationLocked, 7017)            \
  X(kApplicationVersionConflict, 7018)   \
  X(kApplicationWrongStatus, 7019)       \
  X(kApplicationNoRules, 7020)           \
  X(kApplicationTooManyGuardianEmails, 7021) \
  X(kSignatureNotNeeded, 7100)           \
  X(kSignatureContentChanged, 7101)      \
  X(kSignatureNotGuardian, 7102)         \
  X(kSignatureInvalidDecision, 7103)     \
  X(kAttachmentTypeNotAllowed, 7200)     \
  X(kAttachmentTooLarge, 7201)           \
  X(kAttachmentNotFound, 7202)           \
  X(kAttachmentInUse, 7203)              \
  X(kAttachmentTooMany, 7204)            \
  X(kAttachmentQuotaExceeded, 7205)      \
  X(kErasureNotAllowed, 7400)            \
  X(kForrangDecisionInvalid, 7300)       \
  X(kForrangReasonMissing, 7301)         \
  X(kForrangNoClaim, 7302)              \
  X(kForrangDecidedByRegion, 7303)      \
  X(kLocationOutsideDenmark, 8000)      \
  X(kTravelMinutesInvalid, 8001)        \
  X(kTravelMinutesMissing, 8002)        \
  X(kTravelKeyMissing, 8003)            \
  X(kTravelKeyBoth, 8004)               \
  X(kTransportRulesInvalid, 8005)

enum class ErrorCode : std::int32_t {
#define OPTAGELSE_ENUM_ENTRY(name, number) name = number,
  OPTAGELSE_ERROR_CODES(OPTAGELSE_ENUM_ENTRY)
#undef OPTAGELSE_ENUM_ENTRY
};

inline constexpr std::array kAllErrorCodes = {
#define OPTAGELSE_ARRAY_ENTRY(name, number) ErrorCode::name,
    OPTAGELSE_ERROR_CODES(OPTAGELSE_ARRAY_ENTRY)
#undef OPTAGELSE_ARRAY_ENTRY
};

// The stable symbolic name ("cpr_wrong_length") used in JSON next to the number.
std::string_view ErrorCodeName(ErrorCode code);

constexpr std::int32_t ErrorCodeNumber(ErrorCode code) { return static_cast<std::int32_t>(code); }

}  // namespace optagelse
