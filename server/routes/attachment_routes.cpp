// Attachments to an application (forrang documentation, power of attorney), for the applicant:
//   POST /api/v1/me/attachments     the file's bytes as the body (any declared type: the content
//                                   decides; only PDF, PNG and JPEG, at most 5 MB); X-File-Name names it
//                                   (percent-encoded UTF-8, so æ, ø and å survive the header); at
//                                   most 20 files and 25 MB per person
//   GET  /api/v1/me/attachments     my attachments (without their bytes)
// Stored by SHA-256 of the content, so uploading the same file twice stores it once. The deciding
// institution reads forrang documentation through its inbox (institution_inbox_routes.cpp).
#include "applications/attachment_type.h"
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "crypto/digest.h"
#include "http/json_response.h"
#include "routes/routes.h"
#include "store/application_store.h"
#include "text/percent_encoding.h"
#include "wire/attachment_answers.h"

namespace optagelse::routes {
namespace {

constexpr std::size_t kMaxAttachmentBytes = 5 * 1024 * 1024;
// What one person may keep: forrang documentation needs a file or two per claim, so 20 files and
// 25 MB together leave room for every real case and none for filling the database.
constexpr std::size_t kMaxAttachmentsPerPerson = 20;
constexpr std::int64_t kMaxBytesPerPerson = 25 * 1024 * 1024;
constexpr std::size_t kMaxFileNameLength = 200;

wire::AttachmentInfo InfoOf(const store::Attachment& attachment) {
  return {attachment.sha256, attachment.media_type, attachment.size, attachment.file_name, attachment.uploaded_at};
}

// A file name as shown to people: decoded, printable, no path, bounded. A name that does not decode
// is kept as sent (it is only a label).
std::string CleanFileName(std::string name) {
  if (auto decoded = text::PercentDecode(name)) name = std::move(*decoded);
  if (const auto slash = name.find_last_of("/\\"); slash != std::string::npos) name = name.substr(slash + 1);
  std::string out;
  for (const char c : name) {
    if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7f) out += c;
  }
  return out.substr(0, kMaxFileNameLength);
}

// A new file must fit beside the person's others (the same file again replaces itself: it is stored once).
Result<void> WithinQuota(ServiceContext& context, const std::string& owner, const store::Attachment& attachment) {
  auto kept = store::ListAttachments(context.db, owner);
  if (!kept) return Fail(kept.error());
  std::size_t count = 1;
  std::int64_t bytes = attachment.size;
  for (const store::Attachment& other : *kept) {
    if (other.sha256 == attachment.sha256) return {};
    ++count;
    bytes += other.size;
  }
  if (count > kMaxAttachmentsPerPerson) {
    return Fail(MakeError(ErrorCode::kAttachmentTooMany, "file", std::to_string(kMaxAttachmentsPerPerson)));
  }
  if (bytes > kMaxBytesPerPerson) {
    return Fail(MakeError(ErrorCode::kAttachmentQuotaExceeded, "file", std::to_string(kMaxBytesPerPerson / (1024 * 1024))));
  }
  return {};
}

void Upload(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  context.db_mutex.Run([&] {
    const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kWriteOwnApplication);
    if (!session) return;
    if (request.body.size() > kMaxAttachmentBytes) {
      return http::WriteProblem(response, 413, MakeError(ErrorCode::kAttachmentTooLarge, "file", std::to_string(kMaxAttachmentBytes)));
    }
    const auto type = applications::DetectAttachmentType(request.body);
    if (!type) {
      return http::WriteProblem(response, 415, MakeError(ErrorCode::kAttachmentTypeNotAllowed, "file",
                                                         std::string(applications::DescribeContent(request.body))));
    }
    store::Attachment attachment{crypto::Sha256Hex(request.body), std::string(applications::MediaTypeOf(*type)),
                                 static_cast<std::int64_t>(request.body.size()),
                                 CleanFileName(request.get_header_value("X-File-Name")), clock::NowIso(), request.body};
    if (auto within = WithinQuota(context, session->organisation, attachment); !within) {
      return http::WriteProblem(response, http::StatusFor(within.error().code), within.error());
    }
    auto transaction = store::Transaction::Begin(context.db);
    if (!transaction) return http::WriteProblem(response, 503, transaction.error());
    if (auto stored = store::StoreAttachment(context.db, session->organisation, attachment); !stored) {
      return http::WriteProblem(response, 503, stored.error());
    }
    if (!audit::Record(context, *session, request, response, "upload attachment", {session->organisation}, attachment.sha256)) return;
    if (auto committed = transaction->Commit(); !committed) return http::WriteProblem(response, 503, committed.error());
    auto saved = store::FindAttachment(context.db, session->organisation, attachment.sha256, false);
    if (!saved || !*saved) return http::WriteProblem(response, 503, saved ? MakeError(ErrorCode::kInternal, "file") : saved.error());
    http::WriteJson(response, 200, wire::EncodeAnswer(InfoOf(**saved)));
  });
}

}  // namespace

void RegisterAttachmentRoutes(httplib::Server& server, ServiceContext& context) {
  server.Post("/api/v1/me/attachments", [&context](const auto& request, auto& response) { Upload(context, request, response); });
  server.Get("/api/v1/me/attachments", [&context](const httplib::Request& request, httplib::Response& response) {
    context.db_mutex.Run([&] {
      const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kWriteOwnApplication);
      if (!session) return;
      auto list = store::ListAttachments(context.db, session->organisation);
      if (!list) return http::WriteProblem(response, 503, list.error());
      wire::AttachmentList answer;
      for (const auto& attachment : *list) answer.attachments.push_back(InfoOf(attachment));
      if (!audit::Record(context, *session, request, response, "list own attachments", {session->organisation})) return;
      http::WriteJson(response, 200, wire::EncodeAnswer(answer));
    });
  });
}

}  // namespace optagelse::routes
