// Server sessions, opened after an OpenID provider (oidc/) or the demo's login simulator has said who
// logged in. The session lives in the database (only a hash of its token), travels
// in an HttpOnly SameSite=Strict cookie, and every state-changing call must echo its CSRF token.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include <httplib.h>

#include "core/problem.h"
#include "store/database.h"

namespace optagelse::auth {

// kCitizen: a young person or a guardian, logged in as a person (organisation = their CPR number).
enum class Role { kSchool, kCounsellor, kInstitution, kRegion, kCitizen };

struct Session {
  Role role = Role::kSchool;
  std::string organisation;  // INSTNR (school, institution), municipality code (counsellor), CPR (citizen)
  std::string csrf_token;
  std::string login_method;  // who vouched for the login: "oidc" or "simulator"
};

inline constexpr std::string_view kSessionCookie = "optagelse_session";
inline constexpr std::string_view kCsrfHeader = "X-CSRF-Token";

std::optional<Role> RoleFromName(std::string_view name);
std::string_view RoleName(Role role);

struct NewSession {
  std::string token;  // goes to the cookie; never stored
  Session session;
};

Result<NewSession> CreateSession(store::Database& db, Role role, std::string organisation, std::int64_t now_seconds,
                                 std::string_view login_method);
// The session named by the request's cookie, if any and not expired.
std::optional<Session> FindSession(store::Database& db, const httplib::Request& request, std::int64_t now_seconds);
void DeleteSession(store::Database& db, const httplib::Request& request);

// For POST/PUT/DELETE: the X-CSRF-Token header must equal the session's token.
bool CsrfTokenMatches(const httplib::Request& request, const Session& session);

std::string SessionCookie(const std::string& token, int max_age_seconds);

}  // namespace optagelse::auth
