// Offer search (applications/offer_search.h) and the folding it rests on (text/search_fold.h):
// every word must match, case and Danish letters folded, programme titles searchable.
#include <gtest/gtest.h>

#include "applications/offer_search.h"
#include "applications/programme_names.h"
#include "text/search_fold.h"

namespace optagelse::applications {
namespace {

const std::vector<Offer> kOffers = {
    {"101001", "stx", "København Gymnasium", 101},
    {"101001", "hf", "København Gymnasium", 101},
    {"147003", "hhx", "Frederiksberg Handelsgymnasium", 147},
    {"825001", "stx", "Ærø Gymnasium", 825},
    {"101007", "eux", "Københavns Tekniske Skole", 101},
};

TEST(SearchFold, LowersAsciiAndDanishLettersInUtf8) {
  EXPECT_EQ(text::FoldForSearch("ÆRØ Å Éclair ×"), "ærø å éclair ×");  // × (U+00D7) is not a letter
  EXPECT_EQ(text::FoldForSearch("abc æøå"), "abc æøå");
}

TEST(OfferSearch, EveryWordMustMatchInAnyOrder) {
  EXPECT_EQ(SearchOffers(kOffers, "københavn hf"), (std::vector<std::size_t>{1}));
  EXPECT_EQ(SearchOffers(kOffers, "HF  KØBENHAVN"), (std::vector<std::size_t>{1}));
  EXPECT_EQ(SearchOffers(kOffers, "ærø"), (std::vector<std::size_t>{3}));
  EXPECT_EQ(SearchOffers(kOffers, "Ærø"), (std::vector<std::size_t>{3}));
}

TEST(OfferSearch, ProgrammeTitlesAreSearchable) {
  EXPECT_EQ(SearchOffers(kOffers, "handelseksamen"), (std::vector<std::size_t>{2}));
  EXPECT_EQ(SearchOffers(kOffers, "studentereksamen"), (std::vector<std::size_t>{0, 3}));  // stx
  EXPECT_EQ(SearchOffers(kOffers, "vocational"), (std::vector<std::size_t>{4}));           // eux in English
}

TEST(OfferSearch, AQueryTooShortOrBlankFindsNothing) {
  EXPECT_TRUE(SearchOffers(kOffers, "k").empty());
  EXPECT_TRUE(SearchOffers(kOffers, "   ").empty());
  EXPECT_TRUE(SearchOffers(kOffers, "ingen skole hedder sådan").empty());
}

TEST(ProgrammeNames, EveryCodeHasWordsInBothLanguages) {
  for (const char* code : {"stx", "hhx", "htx", "hf", "preib", "stx2", "hfe", "ib", "eb", "dia", "eud", "eux", "10kl"}) {
    for (const Language language : {Language::kDanish, Language::kEnglish}) {
      const ProgrammeWords words = ProgrammeInWords(code, language);
      EXPECT_NE(words.title, code) << code;
      EXPECT_FALSE(words.description.empty()) << code;
    }
  }
  EXPECT_EQ(ProgrammeInWords("xyz", Language::kDanish).title, "xyz");
}

}  // namespace
}  // namespace optagelse::applications
