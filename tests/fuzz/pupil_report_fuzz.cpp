// Fuzzes the pupil-report importer's core (docs/domain.md "Elevdatabasen"): any bytes are decoded
// (UTF-8 or Windows-1252), read as CSV and as JSON rows, and judged row by row against a register that
// knows every well-formed number. Every refusal is explained; every row gets exactly one result.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "cpr/cpr_number.h"
#include "fuzz_checks.h"
#include "pupils/pupil_report.h"
#include "pupils/pupil_report_reader.h"
#include "text/csv.h"
#include "text/encoding.h"
#include "wire/pupil_wire.h"

namespace {

using namespace optagelse;

// A register in which every valid-format number is a person living in Copenhagen.
class EveryoneRegister final : public registry::CprRegister {
 public:
  std::optional<registry::Person> Lookup(std::string_view normalized_cpr) const override {
    registry::Person person;
    person.cpr = std::string(normalized_cpr);
    person.name = "Elev";
    person.municipality_code = 101;
    return person;
  }
};

class OneSchool final : public pupils::InstitutionCatalog {
 public:
  OneSchool() {
    school_.number = "101002";
    school_.name = "Nørre Skole";
    school_.municipality_code = 101;
    school_.kind = "grundskole";
    school_.programmes = {"4800", "4805"};
  }
  const registry::Institution* FindInstitution(std::string_view number) const override {
    return number == school_.number ? &school_ : nullptr;
  }

 private:
  registry::Institution school_;
};

void Judge(const std::vector<pupils::PupilRow>& rows) {
  const auto results = pupils::ValidatePupilReport(rows, "101002", OneSchool(), EveryoneRegister());
  if (results.size() != rows.size()) std::abort();
  for (const pupils::RowResult& result : results) {
    for (const Problem& problem : result.problems) fuzz::RequireExplained(problem);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  auto decoded = text::DecodeToUtf8(bytes, text::Encoding::kDetect);
  if (!decoded) return fuzz::RequireExplained(decoded.error()), 0;
  if (!text::IsValidUtf8(*decoded)) std::abort();
  if (auto table = text::ParseCsv(*decoded)) {
    auto read = pupils::ReadPupilRows(*table);
    if (read) Judge(read->rows);
    else fuzz::RequireExplained(read.error());
  } else {
    fuzz::RequireExplained(table.error());
  }
  if (auto json = wire::ParseJson(*decoded)) {
    if (auto rows = wire::PupilRowsFromJson(*json)) Judge(*rows);
    else fuzz::RequireExplained(rows.error());
  }
  return 0;
}
