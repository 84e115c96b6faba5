// The primary-school education codes of Elevdatabasen and the grades each may report (docs/domain.md
// "Elevdatabasen": 4800 folkeskole, 4801 ungdomsskole, 4802 municipal international school, 4803
// friskole/private, 4804 efterskole; 10th grade has its own code, which our sources do not give:
// 4805 stands for it here until the real number is known).
#pragma once

#include <string_view>

namespace optagelse::pupils {

struct EducationKind {
  std::string_view code;
  std::string_view name_da;
  std::string_view name_en;
  int lowest_grade;
  int highest_grade;
};

const EducationKind* FindEducation(std::string_view code);

}  // namespace optagelse::pupils
