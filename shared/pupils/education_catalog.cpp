// The education code table: see education_catalog.h.
#include "pupils/education_catalog.h"

#include <array>

namespace optagelse::pupils {
namespace {

constexpr std::array kKinds = {
    EducationKind{"4800", "Folkeskole", "Public school (folkeskole)", 8, 10},
    EducationKind{"4801", "Ungdomsskole", "Youth school (ungdomsskole)", 8, 10},
    EducationKind{"4802", "Kommunal international grundskole", "Municipal international school", 8, 10},
    EducationKind{"4803", "Fri- eller privatskole", "Independent or private school", 8, 10},
    EducationKind{"4804", "Efterskole", "Continuation school (efterskole)", 8, 10},
    EducationKind{"4805", "10. klasse (særskilt udbud)", "10th grade (separate provision)", 10, 10},
};

}  // namespace


const EducationKind* FindEducation(std::string_view code) {
  for (const EducationKind& kind : kKinds) {
    if (kind.code == code) return &kind;
  }
  return nullptr;
}

}  // namespace optagelse::pupils
