// What every route may use: the database (one connection, one user at a time, commits batched), the rule sets
// and the admission year UPV is entered for, and the build's version. Routes get it by reference;
// nothing here is global.
#pragma once

#include <memory>
#include <mutex>
#include <string>

#include "allocation_runs/run_cache.h"
#include "auth/identity_provider.h"
#include "auth/login_throttle.h"
#include "mail/notices.h"
#include "oidc/oidc_client.h"
#include "oidc/pending_logins.h"
#include "store/connection_lock.h"
#include "store/database.h"
#include "store/offer_cache.h"
#include "wire/rule_catalog.h"
#include "wire/service_answers.h"

namespace optagelse {

struct ServiceContext {
  store::Database db;
  // The connection is shared, one turn at a time; in the server, turns that follow each other share
  // a transaction (store/connection_lock.h). Routes hand their database work to db_mutex.Run(...);
  // the background jobs (retention, the outbox's sender) take it with std::lock_guard.
  store::ConnectionLock db_mutex;
  std::string version;
  wire::RuleCatalog rules;
  int upv_admission_year = 2024;  // the default year of new assessments (--upv-year)
  int application_year = 2027;    // the admission year applications are made for (--application-year)
  allocation_runs::RunCache allocation_cache;  // guarded by db_mutex
  bool demo_login = false;  // --demo-login yes: the simulator logs people in and GET /api/v1/demo/people answers
  std::unique_ptr<auth::IdentityProvider> identity;  // the login simulator (POST /api/v1/session), only with --demo-login yes
  std::string statistics_key;  // the pseudonym secret (statistics/pseudonym_key.h), never in the database
  auth::LoginThrottle login_throttle;  // logins per minute per address and per person (--logins-per-*)
  store::OfferCache offers;            // guarded by db_mutex
  std::unique_ptr<oidc::OidcClient> oidc;  // the OpenID provider's client (--oidc-*), or none
  oidc::PendingLogins pending_logins;      // logins gone to the provider and not yet back
  std::string trusted_proxy;               // --trusted-proxy: its X-Forwarded-For names the client (http/client_address.h)
  mail::NoticeSettings notices;            // the link and Message-ID host of every message (--public-url)
  wire::ServiceInfo service_info;          // who runs the service (--operator, --contact-*): GET /api/v1/service
};

}  // namespace optagelse
