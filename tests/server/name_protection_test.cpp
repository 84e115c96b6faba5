// Name and address protection through the real server (docs/domain.md "Privacy rules"): a young person
// under protection applies (with a disability claim, so the region sees it too) and a guardian
// signs; every staff list that carries the application - the gymnasium's applications and admission
// tests, the counsellor's residents, the region's claims and allocation snapshot - and the guardian's
// view show the CPR number, never the name or the address. The person sees both (so a leak would show).
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "cpr/cpr_number.h"
#include "server_process.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

constexpr const char* kName = "Hemmelig Skjultsen";
constexpr const char* kAddress = "Gemmestien 7, 2200 København N";
const std::string kPdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n";

TEST(NameProtection, NoStaffListAndNoGuardianViewShowsAProtectedNameOrAddress) {
  const std::string dir = MakeTempDir();
  auto dataset = tools::GenerateDemoData({7, 30});
  registry::Person* minor = nullptr;
  for (auto& person : dataset.persons) {
    const auto born = cpr::CheckCpr(person.cpr).birth_date;
    if (!person.guardians.empty() && born && *born > Date{2009, 3, 1}) {
      minor = &person;
      break;
    }
  }
  ASSERT_NE(minor, nullptr);
  minor->name = kName;
  minor->address = kAddress;
  minor->name_protected = minor->address_protected = true;
  const registry::Person person = *minor;
  std::ofstream(dir + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
  ServerProcess server({"--now", "2027-02-10T10:00:00Z", "--today", "2027-02-10", "--demo-data", dir + "/demo.json"}, dir);
  ASSERT_TRUE(server.started()) << server.output();
  const int port = server.port();

  const Headers me = LoginAsPerson(port, person.cpr);
  const Answer uploaded = Post(port, "/api/v1/me/attachments", kPdf, "application/octet-stream", me);
  ASSERT_EQ(uploaded.status, 200) << uploaded.body;
  const std::string draft = R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "a@b.dk"},)"
                            R"("forrang": [{"wish": 1, "ground": "handicap", "attachment": ")" + uploaded.json["sha256"].get<std::string>() + R"("}]}})";
  ASSERT_EQ(Put(port, "/api/v1/me/application", draft, me).status, 200);
  const Answer submitted = Post(port, "/api/v1/me/application/submit", R"({"version": 1})", "application/json", me);
  ASSERT_EQ(submitted.status, 200) << submitted.body;
  const Headers guardian = LoginAsPerson(port, person.guardians[0]);
  const std::string sign = R"({"decision": "sign", "content_sha256": ")" + submitted.json["application"]["content_sha256"].get<std::string>() + R"("})";
  ASSERT_EQ(Post(port, "/api/v1/applications/" + std::to_string(submitted.json["application"]["id"].get<std::int64_t>()) + "/signature", sign,
                 "application/json", guardian).status, 200);

  // The person themself sees name and address: the text is there to leak.
  const Answer own = Get(port, "/api/v1/me/application", me);
  EXPECT_NE(own.body.find(kName), std::string::npos);
  EXPECT_NE(own.body.find("Gemmestien"), std::string::npos);

  const std::string municipality = std::to_string(person.municipality_code);
  const Headers gymnasium = LoginAs(port, "institution", "101001");
  const Headers region = LoginAs(port, "region", "1084");
  const std::vector<std::pair<std::string, Answer>> seen = {
      {"gymnasium's applications", Get(port, "/api/v1/institutions/101001/applications", gymnasium)},
      {"gymnasium's admission tests", Get(port, "/api/v1/institutions/101001/admission-tests", gymnasium)},
      {"counsellor's residents", Get(port, "/api/v1/counsellors/" + municipality + "/applications", LoginAs(port, "counsellor", municipality))},
      {"region's disability claims", Get(port, "/api/v1/regions/1084/forrang-claims", region)},
      {"region's allocation snapshot", Post(port, "/api/v1/regions/1084/allocation-snapshots", R"({"admission_year": 2027})", "application/json", region)},
      {"guardian's children", Get(port, "/api/v1/me/children", guardian)},
  };
  for (const auto& [what, answer] : seen) {
    EXPECT_EQ(answer.status, 200) << what << ": " << answer.body;
    EXPECT_NE(answer.body.find(person.cpr), std::string::npos) << what << " does not list the application at all";
    EXPECT_EQ(answer.body.find(kName), std::string::npos) << what << " shows the protected name";
    EXPECT_EQ(answer.body.find("Gemmestien"), std::string::npos) << what << " shows the protected address";
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
