// Sessions against the usual attacks (issue "Hardening"): the cookie's attributes; CSRF - a write
// without the session's own token, or with another session's, is refused and changes nothing;
// fixation - a token the browser brings to a login is never adopted and stops working; logout ends
// the session on the server, and only with the session's token; and a session expires 8 hours after login (a restart with the clock
// moved on).
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "api_client.h"
#include "cli/demo_generator.h"
#include "server_process.h"
#include "store/database.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

constexpr const char* kDraft =
    R"({"version": 0, "content": {"wishes": [{"institution": "101001", "programme": "stx"}], "contact": {"email": "ung@example.dk"}}})";

class SessionSecurityTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    const auto dataset = tools::GenerateDemoData({3, 10});
    for (const auto& person : dataset.persons) {
      if (!person.guardians.empty()) minors_.push_back(person.cpr);
    }
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset));
    Start("2027-02-10T08:00:00Z");
  }
  void TearDown() override {
    server_.reset();
    std::filesystem::remove_all(dir_);
  }
  void Start(const std::string& now) {
    server_.reset();
    server_ = std::make_unique<ServerProcess>(
        std::vector<std::string>{"--demo-data", dir_ + "/demo.json", "--now", now, "--today", now.substr(0, 10)}, dir_);
    ASSERT_TRUE(server_->started()) << server_->output();
  }
  int Port() const { return server_->port(); }
  std::int64_t Applications() { return *store::Database::Open(server_->database())->QueryInt("SELECT count(*) FROM applications"); }
  static std::string Header(const Headers& headers, const std::string& name) {
    const auto it = headers.find(name);
    return it == headers.end() ? "" : it->second;
  }

  std::string dir_;
  std::vector<std::string> minors_;
  std::unique_ptr<ServerProcess> server_;
};

TEST_F(SessionSecurityTest, TheCookieIsHttpOnlySecureAndStrict) {
  httplib::Client client("127.0.0.1", Port());
  const auto answer = client.Post("/api/v1/session", R"({"role":"citizen","cpr":")" + minors_[0] + R"("})", "application/json");
  ASSERT_TRUE(answer);
  const std::string cookie = answer->get_header_value("Set-Cookie");
  for (const char* attribute : {"HttpOnly", "Secure", "SameSite=Strict", "Path=/"}) {
    EXPECT_NE(cookie.find(attribute), std::string::npos) << attribute << " missing in " << cookie;
  }
}

TEST_F(SessionSecurityTest, AWriteWithoutTheSessionsOwnCsrfTokenIsRefusedAndChangesNothing) {
  const Headers me = LoginAsPerson(Port(), minors_[0]);
  const Headers other = LoginAsPerson(Port(), minors_[1]);
  const Headers cookie_only = {{"Cookie", Header(me, "Cookie")}};
  const Headers foreign_token = {{"Cookie", Header(me, "Cookie")}, {"X-CSRF-Token", Header(other, "X-CSRF-Token")}};
  const Headers empty_token = {{"Cookie", Header(me, "Cookie")}, {"X-CSRF-Token", ""}};
  for (const Headers& forged : {cookie_only, foreign_token, empty_token}) {
    const Answer refused = Put(Port(), "/api/v1/me/application", kDraft, forged);
    EXPECT_EQ(refused.status, 403) << refused.body;
    EXPECT_FALSE(refused.json["errors"][0]["message"]["da"].get<std::string>().empty());
  }
  EXPECT_EQ(Applications(), 0);
  EXPECT_EQ(Put(Port(), "/api/v1/me/application", kDraft, me).status, 200);  // the real token works
  EXPECT_EQ(Applications(), 1);
}

TEST_F(SessionSecurityTest, ALoginNeverAdoptsTheTokenTheBrowserBringsAndEndsIt) {
  const Headers first = LoginAsPerson(Port(), minors_[0]);
  ASSERT_EQ(Get(Port(), "/api/v1/session", first).status, 200);

  // Someone planted a token (here: a real session of theirs, the worst case) and the victim logs in.
  httplib::Client client("127.0.0.1", Port());
  const auto login = client.Post("/api/v1/session", {{"Cookie", Header(first, "Cookie")}},
                                 R"({"role":"citizen","cpr":")" + minors_[1] + R"("})", "application/json");
  ASSERT_TRUE(login);
  ASSERT_EQ(login->status, 200);
  const std::string cookie = login->get_header_value("Set-Cookie");
  const std::string fresh = cookie.substr(0, cookie.find(';'));
  EXPECT_NE(fresh, Header(first, "Cookie"));
  EXPECT_EQ(Get(Port(), "/api/v1/session", first).status, 401) << "the planted token still works after the login";
  const Answer mine = Get(Port(), "/api/v1/session", {{"Cookie", fresh}});
  EXPECT_EQ(mine.status, 200);

  // An invented token is nobody's session.
  EXPECT_EQ(Get(Port(), "/api/v1/session", {{"Cookie", "optagelse_session=0123456789abcdef"}}).status, 401);
}

TEST_F(SessionSecurityTest, LogoutEndsTheSessionOnTheServer) {
  const Headers me = LoginAsPerson(Port(), minors_[0]);
  ASSERT_EQ(Delete(Port(), "/api/v1/session", "", me).status, 200);
  EXPECT_EQ(Get(Port(), "/api/v1/session", me).status, 401);
  EXPECT_EQ(Put(Port(), "/api/v1/me/application", kDraft, me).status, 401);  // a copied cookie is worth nothing
}

TEST_F(SessionSecurityTest, ALogoutWithoutTheSessionsOwnCsrfTokenIsRefusedAndTheSessionLives) {
  const Headers me = LoginAsPerson(Port(), minors_[0]);
  const Headers other = LoginAsPerson(Port(), minors_[1]);
  const Headers cookie_only = {{"Cookie", Header(me, "Cookie")}};
  const Headers foreign_token = {{"Cookie", Header(me, "Cookie")}, {"X-CSRF-Token", Header(other, "X-CSRF-Token")}};
  for (const Headers& forged : {cookie_only, foreign_token}) {
    const Answer refused = Delete(Port(), "/api/v1/session", "", forged);
    EXPECT_EQ(refused.status, 403) << refused.body;
    EXPECT_EQ(refused.json["errors"][0]["field"], "X-CSRF-Token");
    EXPECT_FALSE(refused.json["errors"][0]["message"]["en"].get<std::string>().empty());
  }
  EXPECT_EQ(Get(Port(), "/api/v1/session", me).status, 200);  // still logged in
  // The browser app learns the token of whatever session its cookie holds from GET, then logs out.
  const Answer current = Get(Port(), "/api/v1/session", cookie_only);
  ASSERT_EQ(current.json["csrf_token"], Header(me, "X-CSRF-Token"));
  EXPECT_EQ(Delete(Port(), "/api/v1/session", "", me).status, 200);
  EXPECT_EQ(Get(Port(), "/api/v1/session", me).status, 401);
  EXPECT_EQ(Delete(Port(), "/api/v1/session", "", {}).status, 200);  // no session: nothing to end
}

TEST_F(SessionSecurityTest, ASessionExpiresEightHoursAfterLogin) {
  const Headers me = LoginAsPerson(Port(), minors_[0]);
  Start("2027-02-10T15:59:00Z");  // 7 h 59 min later
  EXPECT_EQ(Get(Port(), "/api/v1/session", me).status, 200);
  Start("2027-02-10T16:00:01Z");  // 8 h and a second
  EXPECT_EQ(Get(Port(), "/api/v1/session", me).status, 401);
  EXPECT_EQ(Put(Port(), "/api/v1/me/application", kDraft, me).status, 401);
}

}  // namespace
}  // namespace optagelse::testing
