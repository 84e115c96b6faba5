// Every error code has Danish and English text, a unique number and a unique symbolic name.
#include "core/messages.h"

#include <set>
#include <string>

#include <gtest/gtest.h>

namespace optagelse {
namespace {

TEST(Messages, EveryCodeHasDanishAndEnglishText) {
  for (const ErrorCode code : kAllErrorCodes) {
    const std::string_view danish = MessageTemplate(code, Language::kDanish);
    const std::string_view english = MessageTemplate(code, Language::kEnglish);
    EXPECT_FALSE(danish.empty()) << ErrorCodeName(code);
    EXPECT_FALSE(english.empty()) << ErrorCodeName(code);
    EXPECT_NE(danish, english) << ErrorCodeName(code) << " is not translated";
    EXPECT_NE(danish, "Ukendt fejl.") << ErrorCodeName(code);
  }
}

TEST(Messages, NumbersAndNamesAreUnique) {
  std::set<int> numbers;
  std::set<std::string> names;
  for (const ErrorCode code : kAllErrorCodes) {
    EXPECT_TRUE(numbers.insert(ErrorCodeNumber(code)).second) << ErrorCodeNumber(code);
    EXPECT_TRUE(names.insert(std::string(ErrorCodeName(code))).second) << ErrorCodeName(code);
  }
}

TEST(Messages, NamesAreSnakeCaseOfTheEnumerator) {
  EXPECT_EQ(ErrorCodeName(ErrorCode::kCprWrongLength), "cpr_wrong_length");
  EXPECT_EQ(ErrorCodeName(ErrorCode::kInternal), "internal");
  EXPECT_EQ(ErrorCodeNumber(ErrorCode::kCprWrongLength), 2001);
}

TEST(Messages, DetailIsFilledIntoTheText) {
  const Problem problem = MakeError(ErrorCode::kCprInvalidCharacter, "cpr", "7");
  EXPECT_EQ(MessageFor(problem, Language::kDanish), "Ugyldigt tegn på plads 7 i CPR-nummeret.");
  EXPECT_EQ(MessageFor(problem, Language::kEnglish), "Invalid character at position 7 of the CPR number.");
}

TEST(Messages, LanguageTagsRoundTrip) {
  EXPECT_EQ(LanguageFromTag(LanguageTag(Language::kDanish)), Language::kDanish);
  EXPECT_EQ(LanguageFromTag(LanguageTag(Language::kEnglish)), Language::kEnglish);
  EXPECT_FALSE(LanguageFromTag("de").has_value());
}

}  // namespace
}  // namespace optagelse
