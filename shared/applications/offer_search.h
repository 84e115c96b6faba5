// Finding offers by what people type: every word of the query must occur, case and Danish letters
// folded (text/search_fold.h), in the institution's name, the programme's code or its title in
// either language - so "frederiksberg hf", "ærø" and "handel" all find something.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "applications/offer_catalog.h"

namespace optagelse::applications {

inline constexpr std::size_t kShortestSearch = 2;  // characters (bytes); a shorter query finds nothing

// The positions in `offers` that match, in their order.
std::vector<std::size_t> SearchOffers(const std::vector<Offer>& offers, std::string_view query);

}  // namespace optagelse::applications
