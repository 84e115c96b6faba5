// HTTPS: the server speaks TLS itself with --tls-cert/--tls-key (TLS 1.2 or later, HSTS on every
// answer), and reaches an OpenID provider over HTTPS with certificate verification - a provider
// whose certificate the system does not trust is "unavailable", not trusted anyway.
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <httplib.h>
#include <openssl/ssl.h>
#include <sys/stat.h>

#include "oidc_provider_process.h"
#include "server_process.h"

namespace optagelse::testing {
namespace {

// A self-signed certificate for 127.0.0.1 (openssl from Debian's package), as cert.pem and key.pem in dir.
bool MakeCertificate(const std::string& dir) {
  std::string out, err;
  return RunProgram({"/usr/bin/openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                     "-keyout", dir + "/key.pem", "-out", dir + "/cert.pem", "-days", "2", "-subj", "/CN=127.0.0.1",
                     "-addext", "subjectAltName=IP:127.0.0.1"},
                    out, err) == 0;
}

TEST(Tls, TheServerSpeaksHttpsWithHstsAndNothingOlderThanTls12) {
  const std::string dir = MakeTempDir();
  ASSERT_TRUE(MakeCertificate(dir));
  ServerProcess server({"--tls-cert", dir + "/cert.pem", "--tls-key", dir + "/key.pem"}, dir);
  ASSERT_TRUE(server.started()) << server.output();
  EXPECT_NE(server.output().find("listening on https://"), std::string::npos);

  httplib::SSLClient client("127.0.0.1", server.port());
  client.set_ca_cert_path((dir + "/cert.pem").c_str());
  client.enable_server_certificate_verification(true);
  const auto health = client.Get("/api/v1/health");
  ASSERT_TRUE(health) << httplib::to_string(health.error());
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(health->get_header_value("Strict-Transport-Security"), "max-age=31536000; includeSubDomains");

  // TLS 1.2 is enough; TLS 1.1 is refused at the handshake.
  httplib::SSLClient tls12("127.0.0.1", server.port());
  tls12.enable_server_certificate_verification(false);
  SSL_CTX_set_max_proto_version(tls12.ssl_context(), TLS1_2_VERSION);
  const auto answer12 = tls12.Get("/api/v1/health");
  ASSERT_TRUE(answer12) << httplib::to_string(answer12.error());
  EXPECT_EQ(answer12->status, 200);
  httplib::SSLClient tls11("127.0.0.1", server.port());
  tls11.enable_server_certificate_verification(false);
  SSL_CTX_set_security_level(tls11.ssl_context(), 0);
  SSL_CTX_set_min_proto_version(tls11.ssl_context(), TLS1_1_VERSION);
  SSL_CTX_set_max_proto_version(tls11.ssl_context(), TLS1_1_VERSION);
  EXPECT_FALSE(tls11.Get("/api/v1/health"));

  // Plain HTTP to the HTTPS port gets no answer.
  httplib::Client plain("127.0.0.1", server.port());
  plain.set_read_timeout(2, 0);
  const auto cleartext = plain.Get("/api/v1/health");
  EXPECT_TRUE(!cleartext || cleartext->status != 200);
  std::filesystem::remove_all(dir);
}

TEST(Tls, AServerWithABadCertificateRefusesToStart) {
  const std::string dir = MakeTempDir();
  std::ofstream(dir + "/cert.pem") << "not a certificate";
  std::ofstream(dir + "/key.pem") << "not a key";
  std::string out, err;
  EXPECT_NE(RunProgram({OPTAGELSE_SERVER_BINARY, "--port", "0", "--db", dir + "/t.db", "--demo-login", "yes", "--tls-cert",
                        dir + "/cert.pem", "--tls-key", dir + "/key.pem"},
                       out, err),
            0);
  EXPECT_NE(err.find("--tls-cert"), std::string::npos) << err;
  EXPECT_NE(RunProgram({OPTAGELSE_SERVER_BINARY, "--port", "0", "--demo-login", "yes", "--tls-cert", dir + "/cert.pem"}, out, err), 0);
  EXPECT_NE(err.find("--tls-key"), std::string::npos) << err;
  std::filesystem::remove_all(dir);
}

// Sets an environment variable for one scope (the child processes started in it inherit it).
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) { setenv(name, value.c_str(), 1); }
  ~ScopedEnv() { unsetenv(name_); }

 private:
  const char* name_;
};

TEST(Tls, TheProviderIsReachedOverHttpsOnlyWithACertificateTheServerTrusts) {
  const std::string dir = MakeTempDir();
  ASSERT_TRUE(MakeCertificate(dir));
  const int port = FreeLoopbackPort();
  const std::string public_url = "http://127.0.0.1:" + std::to_string(port);
  std::ofstream(dir + "/secret") << "tls-secret";
  chmod((dir + "/secret").c_str(), 0600);
  const ScopedEnv node_trust("NODE_EXTRA_CA_CERTS", dir + "/cert.pem");  // the provider's own login walk
  OidcProviderProcess provider(dir, public_url + "/api/v1/session/oidc/callback", public_url + "/", "tls-secret",
                               {{"someone", {{"role", "region"}, {"organisation", "1084"}}}},
                               {"--tls-cert", dir + "/cert.pem", "--tls-key", dir + "/key.pem"});
  ASSERT_TRUE(provider.started()) << provider.output();
  ASSERT_EQ(provider.issuer().rfind("https://", 0), 0u);
  const std::vector<std::string> args{"--port", std::to_string(port), "--oidc-issuer", provider.issuer(), "--oidc-client-id",
                                      "optagelse", "--oidc-client-secret-file", dir + "/secret", "--public-url", public_url};
  {
    // The system's trust store does not know the provider's certificate: no login, and no silent trust.
    ServerProcess server(args, MakeTempDir());
    ASSERT_TRUE(server.started()) << server.output();
    httplib::Client client("127.0.0.1", port);
    const auto start = client.Get("/api/v1/session/oidc?role=staff");
    ASSERT_TRUE(start);
    EXPECT_EQ(start->status, 503);
    EXPECT_NE(start->body.find("login_provider_unavailable"), std::string::npos) << start->body;
  }
  // Trusting it (SSL_CERT_FILE, as OpenSSL reads it), the whole flow runs over HTTPS.
  const ScopedEnv server_trust("SSL_CERT_FILE", dir + "/cert.pem");
  ServerProcess server(args, MakeTempDir());
  ASSERT_TRUE(server.started()) << server.output();
  httplib::Client client("127.0.0.1", port);
  const auto start = client.Get("/api/v1/session/oidc?role=staff");
  ASSERT_TRUE(start);
  ASSERT_EQ(start->status, 302) << start->body;
  const std::string callback = provider.Drive(start->get_header_value("Location"), "someone");
  ASSERT_FALSE(callback.empty()) << provider.output();
  std::string cookie = start->get_header_value("Set-Cookie");
  cookie = cookie.substr(0, cookie.find(';'));
  const auto done = client.Get(callback.substr(callback.find("/api/")).c_str(), {{"Cookie", cookie}});
  ASSERT_TRUE(done);
  EXPECT_EQ(done->status, 302) << done->body;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace optagelse::testing
