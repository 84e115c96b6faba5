// `optagelse cpr check NUMBER... | --file F [--register FILE]`: one JSON object per line for each
// number, in the wire format of wire/cpr_wire.h, plus "register" when a register file is given.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "registry/cpr_register.h"

namespace optagelse::tools {

// Writes one line per input; never fails on a bad number (that is an answer, not an error).
void RunCprCheck(const std::vector<std::string>& inputs, const registry::CprRegister* cpr_register, std::ostream& out);

}  // namespace optagelse::tools
