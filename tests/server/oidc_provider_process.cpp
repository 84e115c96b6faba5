// The OpenID provider process for tests: see oidc_provider_process.h.
#include "oidc_provider_process.h"

#include <chrono>
#include <fstream>
#include <regex>
#include <vector>

#include <httplib.h>

#include "bench/free_port.h"

namespace optagelse::testing {

OidcProviderProcess::OidcProviderProcess(const std::string& dir, const std::string& redirect_uri,
                                         const std::string& post_logout_uri, const std::string& client_secret,
                                         const wire::Json& accounts, std::vector<std::string> extra_args) {
  const std::string accounts_file = dir + "/oidc-accounts.json";
  std::ofstream(accounts_file) << wire::Dump(accounts);
  std::vector<std::string> args{"node",           std::string(OPTAGELSE_SOURCE_DIR) + "/tests/oidc/provider.mjs",
                                "--redirect-uri", redirect_uri,
                                "--post-logout-uri", post_logout_uri,
                                "--client-secret", client_secret,
                                "--accounts",     accounts_file};
  args.insert(args.end(), extra_args.begin(), extra_args.end());
  process_ = bench::ChildProcess::Start(args, std::regex("\\{\"issuer\":\"(https?://127\\.0\\.0\\.1:[0-9]+)\"\\}"),
                                        std::chrono::seconds(20), output_);
  if (process_) issuer_ = process_->ready_value();
}

OidcProviderProcess::~OidcProviderProcess() { Stop(); }

void OidcProviderProcess::Stop() {
  if (process_) process_->Stop();
}

wire::Json OidcProviderProcess::Control(const std::string& path, const wire::Json& body) {
  httplib::Client client(issuer_);
  client.enable_server_certificate_verification(false);  // the test's own provider, on loopback
  client.set_read_timeout(20, 0);
  const auto answer = client.Post(path.c_str(), wire::Dump(body), "application/json");
  if (!answer) return wire::Json{{"error", httplib::to_string(answer.error())}};
  auto json = wire::ParseJson(answer->body);
  return json ? *json : wire::Json{{"error", answer->body}};
}

void OidcProviderProcess::Tamper(const std::string& mode) { Control("/__test/tamper", {{"mode", mode}}); }

void OidcProviderProcess::RotateKeys() { Control("/__test/rotate", wire::Json::object()); }

std::string OidcProviderProcess::Drive(const std::string& authorization_url, const std::string& login) {
  const wire::Json answer = Control("/__test/drive", {{"url", authorization_url}, {"login", login}});
  if (answer.contains("location") && answer["location"].is_string()) return answer["location"].get<std::string>();
  output_ += "\ndrive: " + wire::Dump(answer);
  return "";
}

int FreeLoopbackPort() { return bench::FreeLoopbackPort(); }

}  // namespace optagelse::testing
