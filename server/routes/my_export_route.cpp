// The right of insight (privacy notice "Ret til at se oplysninger"; issue "Who may see what"):
//   GET /api/v1/me/export                  everything held about me, JSON (mine-oplysninger.json)
//   GET /api/v1/me/export.html             the same as a page to read and keep (mine-oplysninger.html)
//   GET /api/v1/me/attachments/{sha256}    one of my attachments, its bytes
// All three are downloads (Content-Disposition: attachment), never cached, and audited.
#include "audit/audit_request.h"
#include "auth/request_auth.h"
#include "clock.h"
#include "http/attachment_disposition.h"
#include "http/json_response.h"
#include "insight/insight_export.h"
#include "insight/insight_page.h"
#include "routes/routes.h"
#include "store/application_store.h"

namespace optagelse::routes {
namespace {

void Download(httplib::Response& response, const std::string& disposition) {
  response.set_header("Cache-Control", "no-store");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("Content-Disposition", disposition);
}

void Export(ServiceContext& context, const httplib::Request& request, httplib::Response& response, bool as_page) {
  context.db_mutex.Run([&] {
    const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kExportOwnData);
    if (!session) return;
    auto insight = insight::InsightOf(context, session->organisation, clock::Today(), clock::NowIso());
    if (!insight) return http::WriteProblem(response, http::StatusFor(insight.error().code), insight.error());
    if (!audit::Record(context, *session, request, response, "export own data", {session->organisation}, as_page ? "html" : "json")) {
      return;
    }
    if (as_page) {
      Download(response, http::AttachmentDisposition("mine-oplysninger.html", ""));
      response.set_content(insight::InsightPage(*insight), "text/html; charset=utf-8");
    } else {
      http::WriteJson(response, 200, *insight);
      Download(response, http::AttachmentDisposition("mine-oplysninger.json", ""));
    }
  });
}

void OwnAttachment(ServiceContext& context, const httplib::Request& request, httplib::Response& response) {
  context.db_mutex.Run([&] {
    const auto session = auth::AuthorizeSelf(context, request, response, auth::Action::kExportOwnData);
    if (!session) return;
    const std::string sha256 = request.matches[1];
    auto attachment = store::FindAttachment(context.db, session->organisation, sha256, true);
    if (!attachment) return http::WriteProblem(response, 503, attachment.error());
    if (!*attachment) return http::WriteProblem(response, 404, MakeError(ErrorCode::kAttachmentNotFound, "attachment", sha256));
    if (!audit::Record(context, *session, request, response, "read own attachment", {session->organisation}, sha256)) return;
    // Saved under the name it was uploaded with (percent-encoded; the fingerprint as the fallback).
    Download(response, http::AttachmentDisposition(http::AttachmentFallbackName(sha256, (*attachment)->media_type),
                                                   (*attachment)->file_name));
    response.set_content((*attachment)->content, (*attachment)->media_type);
  });
}

}  // namespace

void RegisterMyExportRoutes(httplib::Server& server, ServiceContext& context) {
  server.Get("/api/v1/me/export", [&context](const auto& request, auto& response) { Export(context, request, response, false); });
  server.Get("/api/v1/me/export.html", [&context](const auto& request, auto& response) { Export(context, request, response, true); });
  server.Get(R"(/api/v1/me/attachments/([0-9a-f]{64}))",
             [&context](const auto& request, auto& response) { OwnAttachment(context, request, response); });
}

}  // namespace optagelse::routes
