// Readiness assessments (UPV) as the people they are about see them, and their versions:
//   GET /api/v1/me/upv   MyUpv (my own and my children's under 18 in custody)
// Written by the server, read by the app, through wire/field_codec.h. An assessment itself is the
// core's result in wire/upv_wire.h (tracks, labels and reasons in both languages).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "wire/field_codec.h"

namespace optagelse::wire {

// One entered version of a pupil's assessment; the current one carries its input and result.
struct UpvVersionSeen {
  std::int64_t version = 0;
  int admission_year = 0;
  std::string entered_by;
  std::string entered_at;
  Json changes;
  Json input;       // null except on the current version
  Json assessment;  // null except on the current version
};

constexpr auto WireFields(const UpvVersionSeen*) {
  return std::tuple{Member{"version", &UpvVersionSeen::version, "the version's number"},
                    Member{"admission_year", &UpvVersionSeen::admission_year, "the rule set's year"},
                    Member{"entered_by", &UpvVersionSeen::entered_by, "who entered it (school:<instnr>, import, ...)"},
                    Member{"entered_at", &UpvVersionSeen::entered_at, "when (ISO 8601, UTC)"},
                    Member{"changes", &UpvVersionSeen::changes, "what changed from the version before (an object)"},
                    Member{"input", &UpvVersionSeen::input, "grades and the school's judgements (current version only)"},
                    Member{"assessment", &UpvVersionSeen::assessment,
                           "the result per track with labels and reasons (wire/upv_wire.h; current version only)"}};
}

struct MyUpvPlace {
  std::string school;
  std::string class_name;
  int grade = 0;
  std::optional<UpvVersionSeen> current;  // null until assessed
};

constexpr auto WireFields(const MyUpvPlace*) {
  return std::tuple{Member{"school", &MyUpvPlace::school, "the reporting school's number"},
                    Member{"class", &MyUpvPlace::class_name, "the class"},
                    Member{"grade", &MyUpvPlace::grade, "the grade (8, 9 or 10)"},
                    Member{"current", &MyUpvPlace::current, "the current assessment; null until assessed"}};
}

struct MyUpvPerson {
  std::string relation;  // self or child
  std::optional<std::string> name;
  bool name_protected = false;
  std::vector<MyUpvPlace> pupil;
};

constexpr auto WireFields(const MyUpvPerson*) {
  return std::tuple{Member{"relation", &MyUpvPerson::relation, "self or child"},
                    Member{"name", &MyUpvPerson::name, "null for a child under name protection (shown to the person only)"},
                    Member{"name_protected", &MyUpvPerson::name_protected, "the register protects the name"},
                    Member{"pupil", &MyUpvPerson::pupil, "where they are reported as a pupil (a held report does not count)"}};
}

struct MyUpv {
  std::vector<MyUpvPerson> people;
};

constexpr auto WireFields(const MyUpv*) {
  return std::tuple{Member{"people", &MyUpv::people, "me first, then my children under 18 in custody"}};
}

}  // namespace optagelse::wire
