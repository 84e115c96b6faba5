// An applicant's published place and why, wish by wish, in both languages:
//   GET /api/v1/me/placement   MyPlacements (one entry per published run that included me)
// Written by the server, read by the app, through wire/field_codec.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "wire/field_codec.h"

namespace optagelse::wire {

struct DanishAndEnglish {
  std::string da;
  std::string en;
};

constexpr auto WireFields(const DanishAndEnglish*) {
  return std::tuple{Member{"da", &DanishAndEnglish::da, "in Danish"}, Member{"en", &DanishAndEnglish::en, "in English"}};
}

struct WishExplained {
  int rank = 0;
  std::string programme;
  DanishAndEnglish text;
};

constexpr auto WireFields(const WishExplained*) {
  return std::tuple{Member{"rank", &WishExplained::rank, "the wish's place in my list, from 1"},
                    Member{"programme", &WishExplained::programme, "the offer wished for (<institution>-<programme>)"},
                    Member{"text", &WishExplained::text, "why I got it, or not"}};
}

struct MyPlacement {
  std::int64_t run = 0;
  std::string region;
  int admission_year = 0;
  bool placed = false;
  std::optional<std::string> programme;  // null when not placed
  bool placed_by_region = false;         // the region placed me by hand after the run
  DanishAndEnglish text;
  std::vector<WishExplained> wishes;
};

constexpr auto WireFields(const MyPlacement*) {
  return std::tuple{Member{"run", &MyPlacement::run, "the published allocation run"},
                    Member{"region", &MyPlacement::region, "the region that ran it"},
                    Member{"admission_year", &MyPlacement::admission_year, "the year applied for"},
                    Member{"placed", &MyPlacement::placed, "whether I have a place"},
                    Member{"programme", &MyPlacement::programme, "the place (<institution>-<programme>); null when none"},
                    Member{"placed_by_region", &MyPlacement::placed_by_region, "the region placed me by hand after the run"},
                    Member{"text", &MyPlacement::text, "the outcome in a sentence"},
                    Member{"wishes", &MyPlacement::wishes, "every wish with its explanation, in my order"}};
}

struct MyPlacements {
  std::vector<MyPlacement> placements;
};

constexpr auto WireFields(const MyPlacements*) {
  return std::tuple{Member{"placements", &MyPlacements::placements, "one per published run that included me"}};
}

}  // namespace optagelse::wire
