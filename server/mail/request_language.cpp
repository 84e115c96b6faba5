// The person's language from their requests: see request_language.h.
#include "mail/request_language.h"

#include "mail/outbox_store.h"

namespace optagelse::mail {

std::optional<Language> RequestLanguage(const httplib::Request& request) {
  const std::string header = request.get_header_value("Accept-Language");
  const std::string first = header.substr(0, header.find_first_of(",;-"));
  return LanguageFromTag(first);
}

Result<void> RememberLanguageOf(store::Database& db, std::string_view cpr, const httplib::Request& request) {
  const auto language = RequestLanguage(request);
  if (!language) return {};
  return RememberLanguage(db, cpr, LanguageTag(*language));
}

}  // namespace optagelse::mail
