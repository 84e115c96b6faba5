// Building allocation inputs in tests: offers and applicants in a line each, and random instances
// (a seeded generator, so every run and the WebAssembly build see the same cases).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "allocation/allocation_engine.h"

namespace optagelse::allocation::testing {

inline Offer MakeOffer(std::string id, std::string institution, std::string programme, int capacity, std::string zone = "") {
  return Offer{std::move(id), std::move(institution), std::move(programme), capacity, std::move(zone)};
}

// Minutes to an institution named by number, as a test writes them.
struct NamedTravel {
  std::string institution;
  int minutes = 0;
};

// An applicant as a test writes it: travel by institution number, interned by SetApplicants.
struct TestApplicant {
  Applicant applicant;
  std::vector<NamedTravel> travel;
};

inline TestApplicant MakeApplicant(std::string id, std::vector<Wish> wishes, std::vector<NamedTravel> travel, double lottery) {
  TestApplicant made;
  made.applicant.id = std::move(id);
  made.applicant.wishes = std::move(wishes);
  made.applicant.lottery = lottery;
  made.travel = std::move(travel);
  return made;
}

// Replaces the input's applicants, interning their institutions into input.institutions.
inline void SetApplicants(AllocationInput& input, std::vector<TestApplicant> applicants) {
  input.applicants.clear();
  for (TestApplicant& made : applicants) {
    for (const NamedTravel& time : made.travel) AddTravel(input, made.applicant, time.institution, time.minutes);
    input.applicants.push_back(std::move(made.applicant));
  }
}

struct Random {
  std::uint64_t state;
  std::uint32_t Next() {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state >> 33);
  }
  int Below(int n) { return static_cast<int>(Next() % static_cast<std::uint32_t>(n)); }
};

// Institutions "I0".."I{k}", one or two programmes each, applicants with 0-4 wishes, some forrang,
// travel times to every institution, and (for law 880) zones and income groups.
inline AllocationInput RandomInstance(std::uint64_t seed, int applicants, int institutions, bool zones = false) {
  Random random{seed * 2654435761ULL + 1};
  AllocationInput input;
  input.seed = seed;
  if (zones) input.zones = {{"z1", ZoneKind::kDistribution}, {"z2", ZoneKind::kDistance}};
  const char* programmes[] = {"stx", "hhx"};
  for (int i = 0; i < institutions; ++i) {
    for (int p = 0; p < 1 + random.Below(2); ++p) {
      input.offers.push_back(MakeOffer("I" + std::to_string(i) + "-" + programmes[p], "I" + std::to_string(i), programmes[p],
                                       random.Below(4), zones ? (i % 2 ? "z1" : "z2") : ""));
    }
  }
  const char* forrang[] = {"asf", "elite", "boarding"};
  for (int a = 0; a < applicants; ++a) {
    Applicant applicant;
    applicant.id = "a" + std::to_string(a);
    if (random.Below(3) > 0) applicant.lottery = random.Below(8) / 8.0;  // ties on purpose
    applicant.income = static_cast<IncomeGroup>(1 + random.Below(3));
    const int wishes = random.Below(5);
    for (int w = 0; w < wishes; ++w) {
      const std::string& offer = input.offers[static_cast<std::size_t>(random.Below(static_cast<int>(input.offers.size())))].id;
      bool repeated = false;
      for (const Wish& wish : applicant.wishes) repeated = repeated || wish.offer == offer;
      if (repeated) continue;
      applicant.wishes.push_back({offer, w == 0 && random.Below(6) == 0 ? forrang[random.Below(3)] : ""});
    }
    for (int i = 0; i < institutions; ++i) {
      if (random.Below(6) > 0) AddTravel(input, applicant, "I" + std::to_string(i), 5 + random.Below(8) * 10);
    }
    input.applicants.push_back(std::move(applicant));
  }
  return input;
}

}  // namespace optagelse::allocation::testing
