// The app's and the server's protocol versions: see version_check.h.
#include "screens/version_check.h"

#include "api_client.h"
#include "screens/apply_requests.h"
#include "ui/widgets.h"
#include "wire/health_wire.h"

namespace optagelse::web {

void CheckServerProtocol(AppState& state) {
  ApiGet("/api/v1/health", [&state](const ApiResponse& response) {
    auto json = wire::ParseJson(response.body);
    if (!json) return;
    if (auto report = wire::HealthFromJson(*json)) state.server_protocol = report->protocol;
  });
}

void DrawReloadNotice(AppState& state) {
  if (state.server_protocol <= wire::kProtocolVersion) return;
  ui::Status(state.widgets, "app.reload",
             Say(state.language, "Der er kommet en ny version af Optagelse. Genindlæs siden for at fortsætte - det, du har gemt, er bevaret.",
                 "A new version of Optagelse is available. Reload the page to continue - what you have saved is kept."),
             ui::StatusKind::kError);
}

}  // namespace optagelse::web
