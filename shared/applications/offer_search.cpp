// Offer search: see offer_search.h.
#include "applications/offer_search.h"

#include <string>

#include "applications/programme_names.h"
#include "text/search_fold.h"

namespace optagelse::applications {
namespace {

std::vector<std::string> Words(const std::string& folded) {
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    const std::size_t end = folded.find(' ', start);
    const std::size_t stop = end == std::string::npos ? folded.size() : end;
    if (stop > start) words.push_back(folded.substr(start, stop - start));
    start = stop + 1;
  }
  return words;
}

}  // namespace

std::vector<std::size_t> SearchOffers(const std::vector<Offer>& offers, std::string_view query) {
  std::vector<std::size_t> hits;
  const std::vector<std::string> words = Words(text::FoldForSearch(query));
  if (query.size() < kShortestSearch || words.empty()) return hits;
  for (std::size_t i = 0; i < offers.size(); ++i) {
    const Offer& offer = offers[i];
    const std::string haystack = text::FoldForSearch(
        offer.institution_name + " " + offer.programme + " " + std::string(ProgrammeInWords(offer.programme, Language::kDanish).title) +
        " " + std::string(ProgrammeInWords(offer.programme, Language::kEnglish).title));
    bool all = true;
    for (const std::string& word : words) all = all && haystack.find(word) != std::string::npos;
    if (all) hits.push_back(i);
  }
  return hits;
}

}  // namespace optagelse::applications
