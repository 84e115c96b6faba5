// What the CPR register says about a person, and what the institution catalogue says about a
// school: the data the demo set and later the register import fill in. Rules: docs/domain.md
// "CPR numbers" (name and address protection) and "Elevdatabasen" (6-digit institution numbers).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/problem.h"
#include "transport/map_point.h"

namespace optagelse::registry {

struct Person {
  std::string cpr;  // normalized, 10 characters
  std::string name;
  std::string address;
  int municipality_code = 0;
  bool name_protected = false;
  bool address_protected = false;
  bool administrative = false;          // an administrative personnummer: real, and allowed
  std::string income_group;             // "low", "middle", "high" or empty (law 880/2022 model only)
  std::vector<std::string> guardians;   // CPR numbers of guardians with custody
  std::string address_id;               // the address's id (DAWA): imported travel times follow it
  std::optional<transport::MapPoint> location;  // the address on the map; none: no estimate possible

  friend bool operator==(const Person&, const Person&) = default;
};

// A private gymnasium admits its own applicants, outside the central allocation (docs/domain.md
// "The application", routing).
inline constexpr std::string_view kPrivateGymnasium = "privatgymnasium";

struct Institution {
  std::string number;  // INSTNR, 6 digits
  std::string name;
  int municipality_code = 0;
  std::string kind;    // "gymnasium", "privatgymnasium", "eud", "grundskole", ...
  std::vector<std::string> programmes;
  std::optional<transport::MapPoint> location;
  int region_code = 0;  // 1081-1085, the region whose allocation places applicants here; 0 unknown
  std::string email;    // where the service writes to the institution (pupil reports processed); may be empty

  friend bool operator==(const Institution&, const Institution&) = default;
};

struct Dataset {
  std::vector<Person> persons;
  std::vector<Institution> institutions;

  friend bool operator==(const Dataset&, const Dataset&) = default;
};

// Every problem in a dataset at once (field like "persons[3].cpr"): CPR numbers must have a valid
// format and be unique, guardians must be persons in the set, institution numbers 6 digits,
// locations inside Denmark.
std::vector<Problem> ValidateDataset(const Dataset& dataset);

}  // namespace optagelse::registry
