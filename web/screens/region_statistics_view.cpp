// The region's pseudonymised statistics: see region_statistics_view.h.
#include "screens/region_statistics_view.h"

#include <imgui.h>

#include "platform/browser_bridge.h"
#include "screens/apply_requests.h"
#include "ui/widgets.h"

namespace optagelse::web {

void DrawRegionStatistics(AppState& state) {
  const Language lang = state.language;
  const std::string base = "/api/v1/regions/" + state.inbox.organisation + "/statistics?format=";
  ui::Heading(state.widgets, "inbox.statistics", Say(lang, "Statistik (pseudonymiseret)", "Statistics (pseudonymised)"));
  ui::Paragraph(state.widgets, "inbox.statistics.hint",
                Say(lang, "Én linje pr. ansøger med 1. ønske i regionen, under et pseudonym: uden CPR-nummer, navn og adresse. "
                          "Små grupper (under 5) er sløret.",
                    "One line per applicant whose 1st wish is in the region, under a pseudonym: no CPR number, name or "
                    "address. Small groups (under 5) are blurred."));
  if (ui::Button(state.widgets, "inbox.statistics.csv", Say(lang, "Hent som CSV", "Download as CSV"))) Download(base + "csv");
  ImGui::SameLine();
  if (ui::Button(state.widgets, "inbox.statistics.json", Say(lang, "Hent som JSON", "Download as JSON"))) Download(base + "json");
}

}  // namespace optagelse::web
