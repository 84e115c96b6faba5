// The language a person uses the app in, from their requests' Accept-Language (the browser app
// sends "da" or "en", the language chosen on screen), remembered so that messages to them are
// written in it (docs/notifications.md).
#pragma once

#include <optional>
#include <string_view>

#include <httplib.h>

#include "core/language.h"
#include "core/problem.h"
#include "store/database.h"

namespace optagelse::mail {

// The first language tag of Accept-Language when it is Danish or English ("en-GB" counts as English).
std::optional<Language> RequestLanguage(const httplib::Request& request);
// Remembers it for the person; nothing when the request names neither language.
Result<void> RememberLanguageOf(store::Database& db, std::string_view cpr, const httplib::Request& request);

}  // namespace optagelse::mail
