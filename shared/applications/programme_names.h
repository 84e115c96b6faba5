// The programmes in words, for people who do not know the codes: "Højere forberedelseseksamen (hf)"
// and one line on what it is. The codes are the catalogue's (applications/application.h).
#pragma once

#include <string_view>

#include "core/language.h"

namespace optagelse::applications {

struct ProgrammeWords {
  std::string_view title;        // "Højere handelseksamen (hhx)"
  std::string_view description;  // "3 år med handel, økonomi og sprog"
};

// The programme's title and description, or the code itself and "" for a code not known here.
ProgrammeWords ProgrammeInWords(std::string_view code, Language language);

}  // namespace optagelse::applications
