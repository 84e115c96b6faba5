// JSON responses and errors: see json_response.h.
#include "http/json_response.h"

#include "wire/problem_wire.h"

namespace optagelse::http {

void WriteJson(httplib::Response& response, int status, const wire::Json& body) {
  response.status = status;
  response.set_header("Cache-Control", "no-store");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_content(wire::Dump(body), "application/json; charset=utf-8");
}

void WriteProblems(httplib::Response& response, int status, const std::vector<Problem>& problems) {
  WriteJson(response, status, wire::ProblemsToJson(problems));
}

void WriteProblem(httplib::Response& response, int status, const Problem& problem) {
  WriteProblems(response, status, {problem});
}

int StatusFor(ErrorCode code) {
  switch (code) {
    case ErrorCode::kNotFound: return 404;
    case ErrorCode::kMethodNotAllowed: return 405;
    case ErrorCode::kPayloadTooLarge: return 413;
    case ErrorCode::kTooManyAttempts:
    case ErrorCode::kTooManyConnections: return 429;
    case ErrorCode::kUnsupportedMediaType: return 415;
    case ErrorCode::kInternal:
    case ErrorCode::kDatabaseMigrationFailed: return 500;
    case ErrorCode::kDatabaseUnavailable:
    case ErrorCode::kLoginProviderUnavailable: return 503;
    case ErrorCode::kLoginProviderRefused: return 502;
    case ErrorCode::kLoginMethodDisabled: return 403;
    case ErrorCode::kNotLoggedIn: return 401;
    case ErrorCode::kForbidden:
    case ErrorCode::kForrangDecidedByRegion:
    case ErrorCode::kSignatureNotGuardian: return 403;
    case ErrorCode::kApplicationNotOpen:
    case ErrorCode::kApplicationLocked:
    case ErrorCode::kApplicationVersionConflict:
    case ErrorCode::kApplicationWrongStatus:
    case ErrorCode::kSignatureNotNeeded:
    case ErrorCode::kSignatureContentChanged:
    case ErrorCode::kAttachmentInUse:
    case ErrorCode::kPupilEnrolledElsewhere:
    case ErrorCode::kErasureNotAllowed: return 409;
    case ErrorCode::kAttachmentTooLarge:
    case ErrorCode::kAttachmentQuotaExceeded: return 413;
    case ErrorCode::kAttachmentTooMany: return 409;
    case ErrorCode::kAttachmentTypeNotAllowed: return 415;
    case ErrorCode::kApplicationNoRules:
    case ErrorCode::kAttachmentNotFound:
    case ErrorCode::kForrangNoClaim: return 404;
    default: return 400;
  }
}

}  // namespace optagelse::http
