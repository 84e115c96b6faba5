// Which programmes each institution offers and whether it takes applications now: what a wish is
// checked against. The shells fill it (the server from its institution catalogue, the browser from
// the server's public list of offers).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace optagelse::applications {

struct Offer {
  std::string institution;  // INSTNR
  std::string programme;
  std::string institution_name;
  int municipality_code = 0;
  bool open = true;  // false: offered, but not taking applications this year
  bool private_gymnasium = false;  // a private gymnasium admits directly, outside the central allocation
  friend bool operator==(const Offer&, const Offer&) = default;
};

// Whether applicants to this offer are placed by the central allocation (docs/domain.md "The
// application", routing): an allocated programme at an institution that is not a private gymnasium.
bool InCentralAllocation(const Offer& offer);

class OfferCatalog {
 public:
  OfferCatalog() = default;
  explicit OfferCatalog(std::vector<Offer> offers);

  const Offer* Find(std::string_view institution, std::string_view programme) const&;
  // The answer points into the catalogue: asking a temporary one would leave it dangling.
  const Offer* Find(std::string_view institution, std::string_view programme) const&& = delete;
  bool HasInstitution(std::string_view institution) const;
  const std::vector<Offer>& offers() const { return offers_; }

 private:
  std::vector<Offer> offers_;  // sorted by (institution, programme)
};

}  // namespace optagelse::applications
