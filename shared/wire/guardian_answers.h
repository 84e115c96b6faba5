// A guardian's children under 18 and what the service last told the guardian about their
// applications:
//   GET /api/v1/me/children   GuardianChildren
// Written by the server, read by the app, through wire/field_codec.h. The application itself is
// the application as a guardian sees it (wire/application_answers.h).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "wire/application_answers.h"
#include "wire/field_codec.h"

namespace optagelse::wire {

struct ChildSummary {
  std::string cpr;
  std::optional<std::string> name;  // null under name protection
  bool name_protected = false;
  std::optional<ApplicationView> application;  // none until the child has made one
};

constexpr auto WireFields(const ChildSummary*) {
  return std::tuple{Member{"cpr", &ChildSummary::cpr, "the child's CPR number"},
                    Member{"name", &ChildSummary::name, "null under name protection"},
                    Member{"name_protected", &ChildSummary::name_protected, "the register protects the child's name"},
                    Member{"application", &ChildSummary::application,
                           "the child's application as a guardian sees it (as GET /api/v1/me/application); null when none"}};
}

struct GuardianNotice {
  std::int64_t application = 0;
  std::string kind;  // e.g. "signature_voided"
  std::string at;
};

constexpr auto WireFields(const GuardianNotice*) {
  return std::tuple{Member{"application", &GuardianNotice::application, "the application it is about"},
                    Member{"kind", &GuardianNotice::kind, "what happened, e.g. signature_voided"},
                    Member{"at", &GuardianNotice::at, "when (ISO 8601, UTC)"}};
}

struct GuardianChildren {
  std::vector<ChildSummary> children;
  std::vector<GuardianNotice> notices;
};

constexpr auto WireFields(const GuardianChildren*) {
  return std::tuple{Member{"children", &GuardianChildren::children, "my children under 18 in my custody, in CPR order"},
                    Member{"notices", &GuardianChildren::notices, "newest first"}};
}

}  // namespace optagelse::wire
