// The two languages every user-facing text exists in. Danish is the default everywhere.
#pragma once

#include <optional>
#include <string_view>

namespace optagelse {

enum class Language { kDanish, kEnglish };

inline std::string_view LanguageTag(Language language) {
  return language == Language::kDanish ? "da" : "en";
}

inline std::optional<Language> LanguageFromTag(std::string_view tag) {
  if (tag == "da") return Language::kDanish;
  if (tag == "en") return Language::kEnglish;
  return std::nullopt;
}

}  // namespace optagelse
