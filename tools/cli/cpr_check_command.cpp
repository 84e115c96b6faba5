// CPR checks for the command line: see cpr_check_command.h.
#include "cli/cpr_check_command.h"

#include <ostream>

#include "cpr/cpr_number.h"
#include "wire/cpr_wire.h"

namespace optagelse::tools {

void RunCprCheck(const std::vector<std::string>& inputs, const registry::CprRegister* cpr_register, std::ostream& out) {
  for (const std::string& input : inputs) {
    const cpr::CprCheck check = cpr::CheckCpr(input);
    wire::Json line = wire::CprCheckToJson(input, check);
    line.erase("problems");  // the command's format: reason names the code; details are for the API
    if (cpr_register) {
      line["register"] = check.normalized.empty()
                             ? std::string(registry::RegisterStatusName(registry::RegisterStatus::kNotInRegister))
                             : std::string(registry::RegisterStatusName(
                                   registry::ClassifyInRegister(*cpr_register, check.normalized)));
    }
    out << wire::Dump(line) << '\n';
  }
}

}  // namespace optagelse::tools
