// The access matrix document is the policy: docs/access-matrix.md must be exactly what the policy
// generates, every action has a name and a row, and the matrix keeps the privacy promises that
// matter most (no citizen takes a staff action; sensitive forrang documentation only to its decider).
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "auth/access_matrix.h"
#include "auth/access_policy.h"

namespace optagelse::testing {
namespace {

TEST(AccessMatrix, TheDocumentIsWhatThePolicyGenerates) {
  std::ifstream file(std::string(OPTAGELSE_SOURCE_DIR) + "/docs/access-matrix.md", std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  EXPECT_EQ(text.str(), auth::AccessMatrixMarkdown())
      << "docs/access-matrix.md is out of date: build/native/tools/optagelse access-matrix > docs/access-matrix.md";
}

TEST(AccessMatrix, EveryActionIsNamedAndHasARow) {
  const std::string matrix = auth::AccessMatrixMarkdown();
  for (std::size_t i = 0; i < auth::kActionCount; ++i) {
    const std::string_view name = auth::ActionName(static_cast<auth::Action>(i));
    EXPECT_NE(name, "unknown") << i;
    EXPECT_NE(matrix.find("| " + std::string(name) + " |"), std::string::npos) << name;
  }
  // An action added after the last one counted must move kActionCount.
  EXPECT_EQ(auth::ActionName(static_cast<auth::Action>(auth::kActionCount)), "unknown");
}

TEST(AccessMatrix, CitizensTakeNoStaffActionAndSensitiveDocumentsGoToTheirDeciderOnly) {
  using auth::Action;
  const auth::Session citizen{auth::Role::kCitizen, "0101091234", "", ""};
  for (const Action staff : {Action::kUploadPupilReport, Action::kReadSchoolPupils, Action::kWriteUpv, Action::kReadSchoolUpv,
                             Action::kRunAllocation, Action::kReadAdmitted, Action::kReadInstitutionApplications,
                             Action::kDecideForrang, Action::kDecideRegionForrang, Action::kReadResidentApplications}) {
    for (const auth::Relation relation : {auth::Relation::kNone, auth::Relation::kSelf, auth::Relation::kCustodyOfMinor}) {
      EXPECT_EQ(auth::Decide(citizen, staff, auth::Resource{"0101091234", 101, relation}), auth::Decision::kDeny) << auth::ActionName(staff);
    }
  }
  for (const auth::Role role : {auth::Role::kSchool, auth::Role::kCounsellor, auth::Role::kRegion, auth::Role::kCitizen}) {
    EXPECT_EQ(auth::Decide(auth::Session{role, "101001", "", ""}, Action::kDecideForrang, auth::Resource{"101001"}), auth::Decision::kDeny);
  }
  for (const auth::Role role : {auth::Role::kSchool, auth::Role::kCounsellor, auth::Role::kInstitution, auth::Role::kCitizen}) {
    EXPECT_EQ(auth::Decide(auth::Session{role, "1084", "", ""}, Action::kDecideRegionForrang, auth::Resource{"1084"}), auth::Decision::kDeny);
  }
  EXPECT_EQ(auth::Decide(auth::Session{auth::Role::kRegion, "1081", "", ""}, Action::kDecideRegionForrang, auth::Resource{"1084"}),
            auth::Decision::kDeny);
}

}  // namespace
}  // namespace optagelse::testing
