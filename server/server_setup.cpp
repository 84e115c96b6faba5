// Start-up from the sign-in and TLS flags: see server_setup.h.
#include "server_setup.h"

#include <openssl/ssl.h>

#include "http/guarded_server.h"
#include "mail/smtp_channel.h"
#include "oidc/provider_http.h"

namespace optagelse {

Result<std::unique_ptr<oidc::OidcClient>> MakeOidcClient(const ServerOptions& options) {
  if (auto issuer = oidc::ParseProviderUrl(options.oidc_issuer, "--oidc-issuer"); !issuer) return Fail(issuer.error());
  if (auto url = oidc::ParseProviderUrl(options.public_url, "--public-url"); !url) return Fail(url.error());
  auto secret = oidc::ReadClientSecret(options.oidc_client_secret_file);
  if (!secret) return Fail(secret.error());
  oidc::OidcSettings settings;
  settings.issuer = options.oidc_issuer;
  settings.client_id = options.oidc_client_id;
  settings.client_secret = std::move(*secret);
  settings.public_url = options.public_url;
  settings.cpr_claim = options.oidc_cpr_claim;
  settings.role_claim = options.oidc_role_claim;
  settings.organisation_claim = options.oidc_organisation_claim;
  settings.scope = options.oidc_scope;
  return std::make_unique<oidc::OidcClient>(std::move(settings));
}

Result<std::unique_ptr<httplib::Server>> MakeHttpServer(const ServerOptions& options) {
  if (options.tls_cert.empty()) {
    http::ConnectionLimits limits;
    limits.per_address = static_cast<std::size_t>(options.connections_per_address);
    limits.unlimited_address = options.trusted_proxy;
    return std::unique_ptr<httplib::Server>(std::make_unique<http::GuardedServer>(std::move(limits)));
  }
  auto server = std::make_unique<httplib::SSLServer>(options.tls_cert.c_str(), options.tls_key.c_str());
  if (!server->is_valid()) {
    return Fail(MakeError(ErrorCode::kBadRequest, "--tls-cert", "cannot use " + options.tls_cert + " with " + options.tls_key));
  }
  SSL_CTX* tls = server->ssl_context();
  if (SSL_CTX_set_min_proto_version(tls, TLS1_2_VERSION) != 1) {
    return Fail(MakeError(ErrorCode::kInternal, "--tls-cert", "TLS 1.2 minimum"));
  }
  return std::unique_ptr<httplib::Server>(std::move(server));
}

Result<std::unique_ptr<mail::OutboxSender>> StartMailSender(const ServerOptions& options, ServiceContext& context) {
  const mail::SenderSettings sending{options.smtp_retry_seconds, 64};
  if (options.smtp_url.empty()) return std::make_unique<mail::OutboxSender>(context, std::vector<std::unique_ptr<mail::Channel>>{}, sending);
  mail::SmtpSettings smtp{options.smtp_url, options.smtp_from, options.smtp_user, "", 60};
  if (!options.smtp_password_file.empty()) {
    auto password = oidc::ReadClientSecret(options.smtp_password_file, "--smtp-password-file");
    if (!password) return Fail(password.error());
    smtp.password = std::move(*password);
  }
  mail::InitialiseCurl();
  std::vector<std::unique_ptr<mail::Channel>> channels;
  for (int i = 0; i < options.smtp_connections; ++i) channels.push_back(std::make_unique<mail::SmtpChannel>(smtp));
  return std::make_unique<mail::OutboxSender>(context, std::move(channels), sending);
}

}  // namespace optagelse
