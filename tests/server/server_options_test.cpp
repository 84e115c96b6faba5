// The server's command line (server/server_options.cpp): every flag read into its field, a wrong
// flag refused with a code that names it, the flags that belong together checked together.
#include <gtest/gtest.h>

#include "server_options.h"

namespace optagelse {
namespace {

std::vector<std::string> Demo(std::vector<std::string> more) {
  more.insert(more.begin(), {"--demo-login", "yes"});
  return more;
}

TEST(ServerOptions, ReadsEveryKindOfFlag) {
  auto options = ParseServerOptions(Demo({"--port", "0", "--db", "x.db", "--threads", "8", "--retention", "04:30",
                                          "--today", "2027-02-01", "--now", "2027-02-15T09:00:00Z",
                                          "--application-year", "2027", "--smtp-url", "smtp://127.0.0.1:25",
                                          "--smtp-from", "optagelse@region.test", "--public-url", "https://o.test/"}));
  ASSERT_TRUE(options) << options.error().field << " " << options.error().detail;
  EXPECT_EQ(options->port, 0);
  EXPECT_EQ(options->database, "x.db");
  EXPECT_EQ(options->threads, 8);
  EXPECT_EQ(options->retention_minute, 4 * 60 + 30);
  EXPECT_EQ(options->today, (Date{2027, 2, 1}));
  EXPECT_TRUE(options->now.has_value());
  EXPECT_EQ(options->application_year, 2027);
  EXPECT_TRUE(options->demo_login);
  EXPECT_EQ(options->public_url, "https://o.test");  // the trailing slash dropped
}

TEST(ServerOptions, DefaultsWhenNotGiven) {
  auto options = ParseServerOptions(Demo({}));
  ASSERT_TRUE(options);
  EXPECT_EQ(options->port, 8080);
  EXPECT_EQ(options->retention_minute, 3 * 60);
  EXPECT_FALSE(options->application_year.has_value());
  EXPECT_EQ(options->oidc_cpr_claim, "cpr");
  EXPECT_TRUE(ParseServerOptions(Demo({"--retention", "off"}))->retention_minute == std::nullopt);
  EXPECT_EQ(ParseServerOptions(Demo({"--port", "1", "--port", "2"}))->port, 2);  // given again: the last counts
}

TEST(ServerOptions, AWrongFlagIsNamedWithItsCode) {
  const struct {
    std::vector<std::string> args;
    ErrorCode code;
    std::string field;
  } cases[] = {
      {Demo({"--bogus", "1"}), ErrorCode::kBadRequest, "--bogus"},
      {Demo({"--port", "70000"}), ErrorCode::kBadRequest, "--port"},
      {Demo({"--port", "eighty"}), ErrorCode::kBadRequest, "--port"},
      {Demo({"--threads"}), ErrorCode::kMissingField, "--threads"},
      {Demo({"--retention", "25:00"}), ErrorCode::kBadRequest, "--retention"},
      {Demo({"--today", "2027-13-01"}), ErrorCode::kInvalidDate, "--today"},
      {Demo({"--trusted-proxy", ""}), ErrorCode::kBadRequest, "--trusted-proxy"},
      {{"--demo-login", "maybe"}, ErrorCode::kBadRequest, "--demo-login"},
      {{}, ErrorCode::kMissingField, "--oidc-issuer"},  // no way to sign in
      {Demo({"--oidc-issuer", "https://idp.test"}), ErrorCode::kMissingField, "--oidc-client-id"},
      {Demo({"--smtp-url", "http://mail.test"}), ErrorCode::kBadRequest, "--smtp-url"},
      {Demo({"--tls-cert", "c.pem"}), ErrorCode::kMissingField, "--tls-key"},
      {Demo({"--contact-email", "hjælp på kontoret"}), ErrorCode::kBadRequest, "--contact-email"},
  };
  for (const auto& c : cases) {
    auto options = ParseServerOptions(c.args);
    ASSERT_FALSE(options) << c.field;
    EXPECT_EQ(options.error().code, c.code) << c.field << ": " << options.error().detail;
    EXPECT_EQ(options.error().field, c.field) << options.error().detail;
  }
}

TEST(ServerOptions, HelpListsEveryFlagWithItsDefault) {
  EXPECT_TRUE(AsksForHelp({"--port", "1", "--help"}));
  EXPECT_FALSE(AsksForHelp({"--port", "1"}));
  const std::string help = ServerUsage();
  for (const char* flag : {"--host", "--port", "--db", "--web-root", "--demo-data", "--register-update", "--threads",
                           "--max-body", "--upv-year", "--today", "--now", "--application-year", "--demo-login",
                           "--retention", "--statistics-key", "--logins-per-address", "--logins-per-person",
                           "--connections-per-address", "--oidc-issuer", "--oidc-client-id",
                           "--oidc-client-secret-file", "--public-url", "--oidc-cpr-claim", "--oidc-role-claim",
                           "--oidc-organisation-claim", "--oidc-scope", "--trusted-proxy", "--tls-cert", "--tls-key",
                           "--smtp-url", "--smtp-from", "--smtp-user", "--smtp-password-file", "--smtp-connections",
                           "--smtp-retry-seconds", "--operator", "--contact-email", "--contact-phone"}) {
    EXPECT_NE(help.find(flag), std::string::npos) << flag;
  }
  EXPECT_NE(help.find("8080"), std::string::npos);  // defaults shown
}

}  // namespace
}  // namespace optagelse
