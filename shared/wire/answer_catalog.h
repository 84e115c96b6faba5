// Which typed answer each API route gives (wire/field_codec.h), as the document
// docs/api-answers.md: generated from the same member lists the server writes and the app reads
// (`optagelse api-answers`), and compared with the committed file by a test.
#pragma once

#include <string>

namespace optagelse::wire {

std::string ApiAnswersMarkdown();

}  // namespace optagelse::wire
