// The login seam of POST /api/v1/session (auth/identity_provider.h): the session route opens a
// session for whatever the context's identity provider vouches for, and for nothing else. Shown
// with a provider that accepts only one-time codes it issued itself (never a CPR number typed by the
// client) in a real server on a loopback port; and the login simulator's own checks against a real
// SQLite register. The real OpenID Connect login has its own tests against a real provider
// (oidc_login_test.cpp).
#include <filesystem>
#include <map>
#include <thread>

#include <gtest/gtest.h>
#include <httplib.h>

#include "auth/simulated_login.h"
#include "cli/demo_generator.h"
#include "routes/routes.h"
#include "server_process.h"
#include "service_context.h"
#include "store/migrations.h"
#include "store/register_store.h"

namespace optagelse::testing {
namespace {

// Stands where a real OpenID Connect provider would: evidence is {"code": ...} from the provider's
// redirect, and the identity comes from what that code was issued for.
class CodeExchangeProvider final : public auth::IdentityProvider {
 public:
  std::string_view Name() const override { return "oidc-test"; }
  Result<auth::VerifiedIdentity> Verify(const wire::Json& evidence) override {
    auto code = wire::RequiredString(evidence, "code");
    if (!code) return Fail(code.error());
    const auto issued = issued_.find(*code);
    if (issued == issued_.end()) return Fail(MakeError(ErrorCode::kNotLoggedIn, "code"));
    auth::VerifiedIdentity who = issued->second;
    issued_.erase(issued);  // an authorization code is used once
    return who;
  }
  std::map<std::string, auth::VerifiedIdentity> issued_{{"code-for-ida", {auth::Role::kCitizen, "0101091234"}}};
};

Result<ServiceContext*> OpenContext(const std::string& dir, std::unique_ptr<ServiceContext>& holder) {
  auto db = store::Database::Open(dir + "/t.db");
  if (!db) return Fail(db.error());
  if (auto migrated = store::Migrate(*db); !migrated) return Fail(migrated.error());
  auto rules = wire::RuleCatalog::FromEmbedded();
  if (!rules) return Fail(rules.error());
  holder.reset(new ServiceContext{std::move(*db), {}, "test", std::move(*rules), 2023, 2027, {}, false, nullptr, {}, {}, {}, nullptr, {}, {}, {}, {}});
  return holder.get();
}

TEST(IdentityProvider, TheSessionIsWhatTheProviderVouchesForAndNothingElse) {
  const std::string dir = MakeTempDir();
  std::unique_ptr<ServiceContext> context;
  ASSERT_TRUE(OpenContext(dir, context).has_value());
  context->identity = std::make_unique<CodeExchangeProvider>();
  httplib::Server server;
  routes::RegisterSessionRoutes(server, *context);
  const int port = server.bind_to_any_port("127.0.0.1");
  ASSERT_GT(port, 0);
  std::thread listener([&server] { server.listen_after_bind(); });
  while (!server.is_running()) std::this_thread::yield();

  httplib::Client client("127.0.0.1", port);
  // The simulator's evidence means nothing to this provider: no session.
  auto typed = client.Post("/api/v1/session", R"({"role": "citizen", "cpr": "0101091234"})", "application/json");
  ASSERT_TRUE(typed);
  EXPECT_EQ(typed->status, 400);
  EXPECT_NE(typed->body.find("\"field\":\"code\""), std::string::npos) << typed->body;
  EXPECT_FALSE(typed->has_header("Set-Cookie"));

  auto logged_in = client.Post("/api/v1/session", R"({"code": "code-for-ida"})", "application/json");
  ASSERT_TRUE(logged_in);
  ASSERT_EQ(logged_in->status, 200) << logged_in->body;
  const auto json = wire::ParseJson(logged_in->body);
  ASSERT_TRUE(json.has_value());
  EXPECT_EQ((*json)["role"], "citizen");
  EXPECT_EQ((*json)["organisation"], "0101091234");
  EXPECT_EQ((*json)["identity_provider"], "oidc-test");
  const std::string cookie = logged_in->get_header_value("Set-Cookie");
  const auto session = client.Get("/api/v1/session", {{"Cookie", cookie.substr(0, cookie.find(';'))}});
  ASSERT_TRUE(session);
  EXPECT_EQ(session->status, 200);
  EXPECT_NE(session->body.find("0101091234"), std::string::npos);

  // The code was used; replaying it opens nothing.
  auto replayed = client.Post("/api/v1/session", R"({"code": "code-for-ida"})", "application/json");
  ASSERT_TRUE(replayed);
  EXPECT_EQ(replayed->status, 400);

  server.stop();
  listener.join();
  context.reset();
  std::filesystem::remove_all(dir);
}

TEST(IdentityProvider, TheSimulatorVouchesOnlyForWhatTheRegisterAndCatalogueKnow) {
  const std::string dir = MakeTempDir();
  std::unique_ptr<ServiceContext> context;
  ASSERT_TRUE(OpenContext(dir, context).has_value());
  const auto dataset = tools::GenerateDemoData({21, 15});
  ASSERT_TRUE(store::LoadDataset(context->db, dataset).has_value());
  auth::SimulatedLogin simulator(context->db);
  const auto verify = [&simulator](const char* evidence) { return simulator.Verify(*wire::ParseJson(evidence)); };

  const auto person = simulator.Verify(wire::Json{{"role", "citizen"}, {"cpr", dataset.persons[0].cpr}});
  ASSERT_TRUE(person.has_value());
  EXPECT_EQ(person->role, auth::Role::kCitizen);
  EXPECT_EQ(person->organisation, dataset.persons[0].cpr);
  EXPECT_EQ(verify(R"({"role": "citizen", "cpr": "0101900002"})").error().field, "cpr");  // valid, not in the register
  EXPECT_EQ(verify(R"({"role": "citizen"})").error().field, "cpr");
  EXPECT_EQ(verify(R"({"role": "admin", "organisation": "1084"})").error().field, "role");
  EXPECT_EQ(verify(R"({"role": "region", "organisation": "1084"})")->organisation, "1084");
  EXPECT_EQ(verify(R"({"role": "region", "organisation": "1086"})").error().field, "organisation");
  EXPECT_EQ(verify(R"({"role": "institution", "organisation": "101001"})")->role, auth::Role::kInstitution);
  EXPECT_EQ(verify(R"({"role": "institution", "organisation": "999999"})").error().code, ErrorCode::kUnknownInstitution);
  EXPECT_EQ(verify(R"({"role": "counsellor", "organisation": "101"})")->organisation, "101");
  EXPECT_EQ(verify(R"({"role": "counsellor", "organisation": "999"})").error().field, "organisation");
  context.reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
