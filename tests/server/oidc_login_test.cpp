// Real sign-in: the server as an OpenID Connect relying party against a real provider
// (tests/oidc/provider.mjs, the npm oidc-provider) on loopback, with a real SQLite register.
// Citizens and staff log in through the provider's own login page; forged, replayed and reused
// callbacks, tokens that fail any check, an unknown key after rotation, open redirects, persons
// outside the register and a provider that is down all end in a coded answer and no session.
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <memory>

#include <gtest/gtest.h>
#include <httplib.h>

#include "cli/demo_generator.h"
#include "oidc_provider_process.h"
#include "server_process.h"
#include "wire/registry_wire.h"

namespace optagelse::testing {
namespace {

constexpr const char* kSecret = "a-client-secret-for-tests";

struct Reply {
  int status = 0;
  std::string location;
  std::string body;
  std::vector<std::string> cookies;  // Set-Cookie values
  std::string Cookie(const std::string& name) const {
    for (const std::string& cookie : cookies) {
      if (cookie.rfind(name + "=", 0) == 0) return cookie.substr(name.size() + 1, cookie.find(';') - name.size() - 1);
    }
    return "";
  }
};

Reply Fetch(int port, const std::string& path, const std::string& cookie, const std::string& accept = "application/json") {
  httplib::Client client("127.0.0.1", port);
  client.set_read_timeout(30, 0);
  httplib::Headers headers{{"Accept", accept}};
  if (!cookie.empty()) headers.emplace("Cookie", cookie);
  const auto answer = client.Get(path.c_str(), headers);
  Reply reply;
  if (!answer) return reply;
  reply.status = answer->status;
  reply.location = answer->get_header_value("Location");
  reply.body = answer->body;
  for (auto [it, end] = answer->headers.equal_range("Set-Cookie"); it != end; ++it) reply.cookies.push_back(it->second);
  return reply;
}

std::string PathOf(const std::string& url) {
  const std::size_t scheme = url.find("://");
  const std::size_t path = url.find('/', scheme == std::string::npos ? 0 : scheme + 3);
  return path == std::string::npos ? "/" : url.substr(path);
}

class OidcLogin : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = MakeTempDir();
    dataset_ = tools::GenerateDemoData({7, 25});
    std::ofstream(dir_ + "/demo.json") << wire::Dump(wire::DatasetToJson(dataset_));
    secret_file_ = dir_ + "/client-secret";
    std::ofstream(secret_file_) << kSecret << "\n";
    chmod(secret_file_.c_str(), 0600);
    port_ = FreeLoopbackPort();
    public_url_ = "http://127.0.0.1:" + std::to_string(port_);
    citizen_cpr_ = dataset_.persons.front().cpr;
    school_ = dataset_.institutions.front().number;
    const wire::Json accounts{{"citizen", {{"cpr", citizen_cpr_}}},
                              {"outsider", {{"cpr", "0101004321"}}},  // a valid number that is not in the register
                              {"no-cpr", wire::Json::object()},
                              {"school-staff", {{"role", "school"}, {"organisation", school_}}},
                              {"stranger-staff", {{"role", "school"}, {"organisation", "999999"}}}};
    provider_ = std::make_unique<OidcProviderProcess>(dir_, public_url_ + "/api/v1/session/oidc/callback", public_url_ + "/",
                                                      kSecret, accounts);
    ASSERT_TRUE(provider_->started()) << provider_->output();
  }
  static void TearDownTestSuite() {
    provider_.reset();
    std::filesystem::remove_all(dir_);
  }
  void TearDown() override { provider_->Tamper("none"); }

  static std::vector<std::string> OidcArgs(const std::string& client_id = "optagelse") {
    return {"--port", std::to_string(port_), "--demo-data", dir_ + "/demo.json", "--retention", "off",
            "--oidc-issuer", provider_->issuer(), "--oidc-client-id", client_id,
            "--oidc-client-secret-file", secret_file_, "--public-url", public_url_};
  }
  std::unique_ptr<ServerProcess> StartServer(std::vector<std::string> args) {
    auto server = std::make_unique<ServerProcess>(std::move(args), MakeTempDir());
    EXPECT_TRUE(server->started()) << server->output();
    return server;
  }

  struct Started {
    Reply start;
    std::string login_cookie;  // "optagelse_login=<state>"
  };
  Started Begin(const std::string& role, const std::string& return_path = "/") {
    const Reply start = Fetch(port_, "/api/v1/session/oidc?role=" + role + "&return=" + httplib::detail::encode_query_param(return_path), "");
    return {start, "optagelse_login=" + start.Cookie("optagelse_login")};
  }
  // The whole flow: start, the provider's login page as `login`, and the callback.
  Reply LogIn(const std::string& login, const std::string& role = "citizen", const std::string& return_path = "/") {
    const Started started = Begin(role, return_path);
    EXPECT_EQ(started.start.status, 302) << started.start.body;
    const std::string callback = provider_->Drive(started.start.location, login);
    EXPECT_EQ(callback.rfind(public_url_ + "/api/v1/session/oidc/callback?", 0), 0u) << provider_->output();
    return Fetch(port_, PathOf(callback), started.login_cookie);
  }
  static wire::Json SessionOf(const Reply& reply) {
    const Reply session = Fetch(port_, "/api/v1/session", "optagelse_session=" + reply.Cookie("optagelse_session"));
    auto json = wire::ParseJson(session.body);
    return session.status == 200 && json ? *json : wire::Json();
  }
  static wire::Json Problem(const Reply& reply) {
    auto json = wire::ParseJson(reply.body);
    return json && json->contains("errors") ? (*json)["errors"][0] : wire::Json();
  }
  static void ExpectNoSession(const Reply& reply) {
    EXPECT_EQ(reply.Cookie("optagelse_session"), "") << reply.body;
    EXPECT_EQ(reply.location, "") << "a failed login sends nobody on";
  }
  // A refused login: the status, the error's name, and no session.
  static void ExpectRefused(const Reply& reply, int status, const std::string& name) {
    EXPECT_EQ(reply.status, status) << reply.body;
    EXPECT_EQ(Problem(reply)["name"], name);
    ExpectNoSession(reply);
  }

  static inline std::string dir_;
  static inline registry::Dataset dataset_;
  static inline std::string secret_file_;
  static inline int port_ = 0;
  static inline std::string public_url_;
  static inline std::string citizen_cpr_;
  static inline std::string school_;
  static inline std::unique_ptr<OidcProviderProcess> provider_;
};

TEST_F(OidcLogin, ACitizenLogsInThroughTheProviderAndLandsWhereTheyWere) {
  auto server = StartServer(OidcArgs());
  const Started started = Begin("citizen", "/?screen=apply");
  ASSERT_EQ(started.start.status, 302) << started.start.body;
  // PKCE S256, state and nonce, to the provider's authorization endpoint from its discovery document.
  EXPECT_EQ(started.start.location.rfind(provider_->issuer() + "/auth?", 0), 0u) << started.start.location;
  for (const char* part : {"code_challenge_method=S256", "code_challenge=", "state=", "nonce=", "response_type=code",
                           "client_id=optagelse"}) {
    EXPECT_NE(started.start.location.find(part), std::string::npos) << part;
  }
  const std::string callback = provider_->Drive(started.start.location, "citizen");
  ASSERT_FALSE(callback.empty()) << provider_->output();
  const Reply reply = Fetch(port_, PathOf(callback), started.login_cookie);
  ASSERT_EQ(reply.status, 302) << reply.body;
  EXPECT_EQ(reply.location, "/?screen=apply");
  const wire::Json session = SessionOf(reply);
  EXPECT_EQ(session["role"], "citizen");
  EXPECT_EQ(session["organisation"], citizen_cpr_);
  EXPECT_EQ(session["identity_provider"], "oidc");
  // The callback cannot be used twice: the state was taken.
  const Reply replay = Fetch(port_, PathOf(callback), started.login_cookie);
  ExpectRefused(replay, 400, "login_state_invalid");
}

TEST_F(OidcLogin, StaffLogInWithTheirRoleAndOrganisationClaims) {
  auto server = StartServer(OidcArgs());
  const Reply reply = LogIn("school-staff", "staff");
  ASSERT_EQ(reply.status, 302) << reply.body;
  const wire::Json session = SessionOf(reply);
  EXPECT_EQ(session["role"], "school");
  EXPECT_EQ(session["organisation"], school_);
  const Reply stranger = LogIn("stranger-staff", "staff");
  ExpectRefused(stranger, 403, "unknown_institution");
}

TEST_F(OidcLogin, Es256TokensAreVerifiedToo) {
  auto server = StartServer(OidcArgs("optagelse-es"));
  const Reply reply = LogIn("citizen");
  ASSERT_EQ(reply.status, 302) << reply.body;
  EXPECT_EQ(SessionOf(reply)["organisation"], citizen_cpr_);
}

TEST_F(OidcLogin, APersonOutsideTheRegisterOrWithoutACprClaimGetsNoSession) {
  auto server = StartServer(OidcArgs());
  const Reply outsider = LogIn("outsider");
  ExpectRefused(outsider, 403, "login_person_unknown");
  const Reply no_cpr = LogIn("no-cpr");
  ExpectRefused(no_cpr, 403, "login_claim_missing");
  EXPECT_EQ(Problem(no_cpr)["field"], "cpr");
}

TEST_F(OidcLogin, EveryForgedTokenIsRefusedWithTheClaimThatFailed) {
  auto server = StartServer(OidcArgs());
  const std::pair<const char*, const char*> cases[] = {
      {"bad_signature", "signature"}, {"wrong_aud", "aud"},   {"wrong_iss", "iss"}, {"expired", "exp"},
      {"wrong_nonce", "nonce"},       {"unknown_kid", "kid"}, {"alg_none", "alg"}};
  for (const auto& [mode, failed] : cases) {
    SCOPED_TRACE(mode);
    provider_->Tamper(mode);
    const Reply reply = LogIn("citizen");
    ExpectRefused(reply, 502, "login_token_invalid");
    EXPECT_EQ(Problem(reply)["detail"], failed) << reply.body;
  }
  provider_->Tamper("none");
  EXPECT_EQ(LogIn("citizen").status, 302) << "the same server logs in once the tokens are honest";
}

TEST_F(OidcLogin, ANewSigningKeyIsFetchedWhenATokenNamesIt) {
  auto server = StartServer(OidcArgs());
  ASSERT_EQ(LogIn("citizen").status, 302);  // the server now holds the provider's first keys
  provider_->RotateKeys();
  const Reply after = LogIn("citizen");
  EXPECT_EQ(after.status, 302) << after.body;
  EXPECT_EQ(SessionOf(after)["role"], "citizen");
}

TEST_F(OidcLogin, ForgedCallbacksAndReusedCodesOpenNoSession) {
  auto server = StartServer(OidcArgs());
  const Started first = Begin("citizen");
  const std::string callback = provider_->Drive(first.start.location, "citizen");
  ASSERT_FALSE(callback.empty()) << provider_->output();
  // The callback from another browser (no login cookie, or another one) is refused.
  const Reply no_cookie = Fetch(port_, PathOf(callback), "");
  EXPECT_EQ(Problem(no_cookie)["name"], "login_state_invalid");
  ExpectNoSession(no_cookie);
  const Started other = Begin("citizen");
  const Reply other_cookie = Fetch(port_, PathOf(callback), other.login_cookie);
  EXPECT_EQ(Problem(other_cookie)["name"], "login_state_invalid");
  ExpectNoSession(other_cookie);
  // The real one works once; its code replayed under a fresh state is refused by the provider.
  ASSERT_EQ(Fetch(port_, PathOf(callback), first.login_cookie).status, 302);
  const Started again = Begin("citizen");
  const std::string state = again.login_cookie.substr(std::string("optagelse_login=").size());
  const std::string code = callback.substr(callback.find("code=") + 5, callback.find('&', callback.find("code=")) - callback.find("code=") - 5);
  const Reply reused = Fetch(port_, "/api/v1/session/oidc/callback?code=" + code + "&state=" + state, again.login_cookie);
  ExpectRefused(reused, 400, "login_provider_refused");
  EXPECT_EQ(Problem(reused)["detail"], "invalid_grant");
}

TEST_F(OidcLogin, TheReturnPathMustBeOnThisSite) {
  auto server = StartServer(OidcArgs());
  for (const char* target : {"//evil.example/", "https://evil.example/", "/\\evil.example", "evil", "/ok\r\nSet-Cookie: x=y"}) {
    SCOPED_TRACE(target);
    const Reply reply = Begin("citizen", target).start;
    EXPECT_EQ(reply.status, 400);
    EXPECT_EQ(Problem(reply)["name"], "login_return_invalid");
    EXPECT_EQ(reply.location, "");
  }
}

TEST_F(OidcLogin, AProviderThatIsDownIsA503AndNoSession) {
  const std::string dir = MakeTempDir();
  const std::string secret = dir + "/secret";
  std::ofstream(secret) << kSecret;
  chmod(secret.c_str(), 0600);
  // An issuer on a port where nothing listens.
  ServerProcess server({"--oidc-issuer", "http://127.0.0.1:" + std::to_string(FreeLoopbackPort()), "--oidc-client-id", "optagelse",
                        "--oidc-client-secret-file", secret, "--public-url", public_url_, "--demo-data", dir_ + "/demo.json"},
                       dir);
  ASSERT_TRUE(server.started()) << server.output();
  const Reply reply = Fetch(server.port(), "/api/v1/session/oidc?role=citizen", "");
  ExpectRefused(reply, 503, "login_provider_unavailable");
  // In a browser the same failure is a page in Danish and English with the code.
  const Reply page = Fetch(server.port(), "/api/v1/session/oidc?role=citizen", "", "text/html");
  EXPECT_EQ(page.status, 503);
  EXPECT_NE(page.body.find("Login-tjenesten svarer ikke"), std::string::npos) << page.body;
  EXPECT_NE(page.body.find("The login service is not answering"), std::string::npos);
  EXPECT_NE(page.body.find("1026"), std::string::npos);
}

TEST_F(OidcLogin, AProviderThatGoesDownMidLoginIsA503) {
  // A provider of its own, so that stopping it leaves the suite's alone.
  const std::string dir = MakeTempDir();
  OidcProviderProcess provider(dir, public_url_ + "/api/v1/session/oidc/callback", public_url_ + "/", kSecret,
                               {{"citizen", {{"cpr", citizen_cpr_}}}});
  ASSERT_TRUE(provider.started()) << provider.output();
  std::vector<std::string> args = OidcArgs();
  args[std::find(args.begin(), args.end(), "--oidc-issuer") - args.begin() + 1] = provider.issuer();
  auto server = StartServer(args);
  const Started started = Begin("citizen");
  ASSERT_EQ(started.start.status, 302);
  const std::string callback = provider.Drive(started.start.location, "citizen");
  ASSERT_FALSE(callback.empty()) << provider.output();
  provider.Stop();
  const Reply reply = Fetch(port_, PathOf(callback), started.login_cookie);
  ExpectRefused(reply, 503, "login_provider_unavailable");
  std::filesystem::remove_all(dir);
}

TEST_F(OidcLogin, WithoutTheSimulatorNobodyCanNameWhoTheyAre) {
  auto server = StartServer(OidcArgs());
  httplib::Client client("127.0.0.1", port_);
  const auto methods = client.Get("/api/v1/session/methods");
  ASSERT_TRUE(methods);
  EXPECT_EQ(wire::ParseJson(methods->body).value(), (wire::Json{{"oidc", true}, {"simulator", false}, {"logged_in", false}}));
  for (const std::string& body : std::vector<std::string>{R"({"role": "region", "organisation": "1084"})",
                                                          "{\"role\": \"citizen\", \"cpr\": \"" + citizen_cpr_ + "\"}"}) {
    const auto answer = client.Post("/api/v1/session", body, "application/json");
    ASSERT_TRUE(answer);
    EXPECT_EQ(answer->status, 403);
    EXPECT_NE(answer->body.find("login_method_disabled"), std::string::npos);
    EXPECT_FALSE(answer->has_header("Set-Cookie"));
  }
  EXPECT_TRUE(wire::ParseJson(client.Get("/api/v1/demo/people")->body).value()["people"].empty());
}

TEST_F(OidcLogin, LoggingOutEndsTheProvidersSessionToo) {
  auto server = StartServer(OidcArgs());
  const Reply reply = LogIn("citizen");
  ASSERT_EQ(reply.status, 302);
  const wire::Json session = SessionOf(reply);
  httplib::Client client("127.0.0.1", port_);
  const auto out = client.Delete("/api/v1/session", {{"Cookie", "optagelse_session=" + reply.Cookie("optagelse_session")},
                                                     {"X-CSRF-Token", session["csrf_token"].get<std::string>()}}, "", "application/json");
  ASSERT_TRUE(out);
  EXPECT_EQ(out->status, 200);
  const wire::Json answer = wire::ParseJson(out->body).value();
  EXPECT_EQ(answer["end_session_url"].get<std::string>().rfind(provider_->issuer() + "/session/end?", 0), 0u) << out->body;
  EXPECT_TRUE(SessionOf(reply).is_null());
}

TEST_F(OidcLogin, TheServerRefusesUnsafeSettings) {
  std::string out, err;
  const std::string open_secret = dir_ + "/open-secret";
  std::ofstream(open_secret) << kSecret;
  chmod(open_secret.c_str(), 0644);
  std::vector<std::string> args = OidcArgs();
  args[std::find(args.begin(), args.end(), "--oidc-client-secret-file") - args.begin() + 1] = open_secret;
  args.insert(args.begin(), OPTAGELSE_SERVER_BINARY);
  EXPECT_NE(RunProgram(args, out, err), 0);
  EXPECT_NE(err.find("readable by others"), std::string::npos) << err;
  // Plain http:// only to a loopback provider.
  args = OidcArgs();
  args[std::find(args.begin(), args.end(), "--oidc-issuer") - args.begin() + 1] = "http://login.example.org";
  args.insert(args.begin(), OPTAGELSE_SERVER_BINARY);
  EXPECT_NE(RunProgram(args, out, err), 0);
  EXPECT_NE(err.find("--oidc-issuer"), std::string::npos) << err;
  // Half a configuration says which flag is missing.
  EXPECT_NE(RunProgram({OPTAGELSE_SERVER_BINARY, "--oidc-issuer", provider_->issuer()}, out, err), 0);
  EXPECT_NE(err.find("--oidc-client-id"), std::string::npos) << err;
}

}  // namespace
}  // namespace optagelse::testing
