// Ages from birth dates: see age.h.
#include "calendar/age.h"

namespace optagelse {

Date BirthdayAtAge(const Date& born, int years) {
  const Date birthday{born.year + years, born.month, born.day};
  return IsValidDate(birthday.year, birthday.month, birthday.day) ? birthday : Date{birthday.year, 3, 1};
}

bool IsMinorOn(const Date& born, const Date& day) { return day < BirthdayAtAge(born, kAgeOfMajority); }

}  // namespace optagelse
