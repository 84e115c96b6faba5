// Problem pages for browser navigations: see problem_page.h.
#include "http/problem_page.h"

#include "core/messages.h"
#include "text/html_escape.h"
#include "http/json_response.h"

namespace optagelse::http {

using text::EscapeHtml;

void WriteProblemPage(const httplib::Request& request, httplib::Response& response, int status, const Problem& problem) {
  if (request.get_header_value("Accept").find("text/html") == std::string::npos) return WriteProblem(response, status, problem);
  const std::string code = std::to_string(ErrorCodeNumber(problem.code)) + " " + std::string(ErrorCodeName(problem.code));
  // No script and no style of its own (the Content-Security-Policy allows neither inline): plain, readable HTML.
  const std::string page =
      "<!doctype html>\n<html lang=\"da\"><head><meta charset=\"utf-8\">"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Optagelse: login</title></head>"
      "<body><main><h1>Du er ikke logget ind</h1><p>" + EscapeHtml(MessageFor(problem, Language::kDanish)) + "</p>"
      "<p lang=\"en\"><strong>You are not logged in.</strong> " + EscapeHtml(MessageFor(problem, Language::kEnglish)) + "</p>"
      "<p>Fejlkode / error code: <code>" + EscapeHtml(code) + "</code>" +
      (problem.field.empty() ? "" : " (" + EscapeHtml(problem.field) + ")") + "</p>"
      "<p><a href=\"/\">Til forsiden / To the start page</a></p></main></body></html>\n";
  response.status = status;
  response.set_header("Cache-Control", "no-store");
  response.set_content(page, "text/html; charset=utf-8");
}

}  // namespace optagelse::http
