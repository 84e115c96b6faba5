// The parts of start-up that the sign-in and TLS flags decide: the OpenID client (with its secret
// read from a file only the server's user can read) and the HTTP or HTTPS server.
#pragma once

#include <memory>

#include <httplib.h>

#include "core/problem.h"
#include "mail/outbox_sender.h"
#include "oidc/oidc_client.h"
#include "server_options.h"

namespace optagelse {

// The client for --oidc-issuer and its companions; refuses an issuer or public URL that is not
// https:// (http:// only on a loopback address) and a secret file readable by others.
Result<std::unique_ptr<oidc::OidcClient>> MakeOidcClient(const ServerOptions& options);

// httplib's SSLServer (TLS 1.2 or later) with --tls-cert and --tls-key, else the plain server with our
// connection limits (http/guarded_server.h).
Result<std::unique_ptr<httplib::Server>> MakeHttpServer(const ServerOptions& options);

// The outbox's sender through --smtp-url (its password read from --smtp-password-file, mode 600);
// without it, one that only writes the reminders: messages are then recorded and shown in the app.
Result<std::unique_ptr<mail::OutboxSender>> StartMailSender(const ServerOptions& options, ServiceContext& context);

}  // namespace optagelse
