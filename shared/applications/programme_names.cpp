// The programmes in words: see programme_names.h. Lengths and contents from docs/domain.md ("The
// application", programmes in words, with its sources).
#include "applications/programme_names.h"

namespace optagelse::applications {
namespace {

struct Entry {
  std::string_view code;
  ProgrammeWords da, en;
};

constexpr Entry kProgrammes[] = {
    {"stx", {"Almen studentereksamen (stx)", "3 år, bred gymnasial uddannelse med fag fra alle faggrupper"},
     {"Upper secondary school exam (stx)", "3 years, a broad general programme with subjects from every field"}},
    {"hhx", {"Højere handelseksamen (hhx)", "3 år, gymnasial uddannelse med økonomi, handel og sprog"},
     {"Higher commercial exam (hhx)", "3 years, a gymnasium programme with economics, business and languages"}},
    {"htx", {"Højere teknisk eksamen (htx)", "3 år, gymnasial uddannelse med teknik, teknologi og naturvidenskab"},
     {"Higher technical exam (htx)", "3 years, a gymnasium programme with technology and science"}},
    {"hf", {"Højere forberedelseseksamen (hf)", "2 år, gymnasial uddannelse med vægt på praksis"},
     {"Higher preparatory exam (hf)", "2 years, a gymnasium programme with a practical emphasis"}},
    {"stx2", {"2-årig stx", "Almen studentereksamen på 2 år, for dem, der har taget 10. klasse"},
     {"2-year stx", "The upper secondary school exam in 2 years, after 10th grade"}},
    {"hfe", {"Hf-enkeltfag", "Enkelte hf-fag, fx for at supplere en uddannelse"},
     {"Single hf subjects", "Single hf subjects, e.g. to add to an education"}},
    {"preib", {"Pre-IB", "Forberedende år før International Baccalaureate"},
     {"Pre-IB", "The preparatory year before the International Baccalaureate"}},
    {"ib", {"International Baccalaureate (IB)", "2 år på engelsk efter pre-IB"},
     {"International Baccalaureate (IB)", "2 years in English after pre-IB"}},
    {"eb", {"Europæisk studentereksamen (EB)", "Europaskolens studentereksamen"},
     {"European Baccalaureate (EB)", "The European School's leaving exam"}},
    {"dia", {"Deutsches Internationales Abitur (DIA)", "Studentereksamen på tysk og dansk"},
     {"Deutsches Internationales Abitur (DIA)", "A leaving exam in German and Danish"}},
    {"eud", {"Erhvervsuddannelse (eud)", "Uddannelse til et fag, med skole og praktik i en virksomhed"},
     {"Vocational education (eud)", "Training for a trade, at school and in a company"}},
    {"eux", {"Erhvervsuddannelse med gymnasial eksamen (eux)", "Et fag og en gymnasial eksamen i samme uddannelse"},
     {"Vocational education with a gymnasium exam (eux)", "A trade and a gymnasium exam in one programme"}},
    {"10kl", {"10. klasse", "Et ekstra år i grundskolen før en ungdomsuddannelse"},
     {"10th grade", "An extra year of school before upper-secondary education"}},
};

}  // namespace

ProgrammeWords ProgrammeInWords(std::string_view code, Language language) {
  for (const Entry& entry : kProgrammes) {
    if (entry.code == code) return language == Language::kDanish ? entry.da : entry.en;
  }
  return {code, ""};
}

}  // namespace optagelse::applications
