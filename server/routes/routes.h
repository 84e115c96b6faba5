// Every route group of the API, registered on one httplib::Server. One file per resource.
#pragma once

#include <string>

#include <httplib.h>

#include "service_context.h"

namespace optagelse::routes {

void RegisterHealthRoutes(httplib::Server& server, ServiceContext& context);
void RegisterServiceInfoRoute(httplib::Server& server, ServiceContext& context);
void RegisterCprRoutes(httplib::Server& server);
void RegisterSessionRoutes(httplib::Server& server, ServiceContext& context);
// Logging in through the OpenID provider: /api/v1/session/oidc and its callback.
void RegisterOidcRoutes(httplib::Server& server, ServiceContext& context);
void RegisterPupilRoutes(httplib::Server& server, ServiceContext& context);
void RegisterUpvRoutes(httplib::Server& server, ServiceContext& context);
void RegisterUpvImportRoute(httplib::Server& server, ServiceContext& context);
void RegisterAllocationRoutes(httplib::Server& server, ServiceContext& context);
void RegisterPlacementRoutes(httplib::Server& server, ServiceContext& context);
void RegisterApplicationRoutes(httplib::Server& server, ServiceContext& context);
void RegisterAttachmentRoutes(httplib::Server& server, ServiceContext& context);
void RegisterGuardianRoutes(httplib::Server& server, ServiceContext& context);
void RegisterInstitutionInboxRoutes(httplib::Server& server, ServiceContext& context);
void RegisterRegionForrangRoutes(httplib::Server& server, ServiceContext& context);
void RegisterDemoLoginRoute(httplib::Server& server, ServiceContext& context);
void RegisterCounsellorInboxRoutes(httplib::Server& server, ServiceContext& context);
void RegisterTravelRoutes(httplib::Server& server, ServiceContext& context);
void RegisterMyAuditRoute(httplib::Server& server, ServiceContext& context);
void RegisterMyExportRoutes(httplib::Server& server, ServiceContext& context);
void RegisterMyRightsRoutes(httplib::Server& server, ServiceContext& context);
void RegisterStatisticsRoute(httplib::Server& server, ServiceContext& context);
void RegisterAllocationSnapshotRoute(httplib::Server& server, ServiceContext& context);
void RegisterMessagesRoutes(httplib::Server& server, ServiceContext& context);
// Serves index.html and the WebAssembly build from web_root ("" serves no files).
void RegisterStaticFiles(httplib::Server& server, const std::string& web_root);

}  // namespace optagelse::routes
