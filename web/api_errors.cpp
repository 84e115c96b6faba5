// API error text: see api_errors.h.
#include "api_errors.h"

#include "core/messages.h"
#include "ui/ui_text.h"
#include "wire/problem_wire.h"

namespace optagelse::web {

std::string DescribeApiErrors(const ApiResponse& response, Language language) {
  std::string text(Text(TextId::kRequestFailed, language));
  if (response.status == 0) return text + " (" + std::string(Text(TextId::kServerUnreachable, language)) + ").";
  auto json = wire::ParseJson(response.body);
  const bool has_errors = json && json->is_object() && json->contains("errors") && (*json)["errors"].is_array();
  if (!has_errors) return text + " (HTTP " + std::to_string(response.status) + ").";
  std::string details;
  for (const wire::Json& item : (*json)["errors"]) {
    auto problem = wire::ProblemFromJson(item);
    if (!problem) continue;
    details += (details.empty() ? "" : " ") + MessageFor(*problem, language);
  }
  return text + ": " + details;
}

}  // namespace optagelse::web
