// The login simulator's picker (demo servers only; elsewhere the list is empty):
//   GET /api/v1/demo/people   DemoPeople
// Written by the server, read by the app, through wire/field_codec.h.
#pragma once

#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "wire/field_codec.h"

namespace optagelse::wire {

struct DemoGuardian {
  std::string cpr;
  std::optional<std::string> name;  // null when protected
};

constexpr auto WireFields(const DemoGuardian*) {
  return std::tuple{Member{"cpr", &DemoGuardian::cpr, "the guardian's CPR number (demo data)"},
                    Member{"name", &DemoGuardian::name, "null under name protection"}};
}

struct DemoPerson {
  std::string cpr;
  std::optional<std::string> name;  // null when protected
  int municipality_code = 0;
  DemoGuardian guardian;
};

constexpr auto WireFields(const DemoPerson*) {
  return std::tuple{Member{"cpr", &DemoPerson::cpr, "a young person's CPR number (demo data)"},
                    Member{"name", &DemoPerson::name, "null under name protection"},
                    Member{"municipality_code", &DemoPerson::municipality_code, "where they live"},
                    Member{"guardian", &DemoPerson::guardian, "one guardian with custody"}};
}

struct DemoPeople {
  std::vector<DemoPerson> people;
};

constexpr auto WireFields(const DemoPeople*) {
  return std::tuple{Member{"people", &DemoPeople::people, "a few young people to log in as"}};
}

}  // namespace optagelse::wire
