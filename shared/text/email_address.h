// Whether a text can be used as an e-mail address: in an application's contact data, the guardians'
// addresses and an institution's. Loose on purpose about what a mailbox may be called, strict about
// what could break a mail: no space, control character or address punctuation, so a line break or
// a second address never reaches an envelope or a To header.
#pragma once

#include <string_view>

namespace optagelse::text {

bool LooksLikeEmailAddress(std::string_view email);

}  // namespace optagelse::text
