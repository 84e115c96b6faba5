// Sessions: see session.h. Tokens are 32 random bytes (crypto/digest.h); the database keeps their SHA-256.
#include "auth/session.h"

#include <openssl/crypto.h>

#include "crypto/digest.h"

namespace optagelse::auth {
namespace {

constexpr std::int64_t kSessionSeconds = 8 * 60 * 60;

std::string CookieToken(const httplib::Request& request) {
  const std::string cookies = request.get_header_value("Cookie");
  const std::string key = std::string(kSessionCookie) + "=";
  std::size_t at = 0;
  while ((at = cookies.find(key, at)) != std::string::npos) {
    if (at == 0 || cookies[at - 1] == ' ' || cookies[at - 1] == ';') {
      const std::size_t start = at + key.size();
      const std::size_t end = cookies.find(';', start);
      return cookies.substr(start, end == std::string::npos ? std::string::npos : end - start);
    }
    at += key.size();
  }
  return {};
}

}  // namespace

std::optional<Role> RoleFromName(std::string_view name) {
  if (name == "school") return Role::kSchool;
  if (name == "counsellor") return Role::kCounsellor;
  if (name == "institution") return Role::kInstitution;
  if (name == "region") return Role::kRegion;
  if (name == "citizen") return Role::kCitizen;
  return std::nullopt;
}

std::string_view RoleName(Role role) {
  switch (role) {
    case Role::kSchool: return "school";
    case Role::kCounsellor: return "counsellor";
    case Role::kInstitution: return "institution";
    case Role::kRegion: return "region";
    case Role::kCitizen: return "citizen";
  }
  return "school";
}

Result<NewSession> CreateSession(store::Database& db, Role role, std::string organisation, std::int64_t now_seconds,
                                 std::string_view login_method) {
  const auto token = crypto::RandomHex(32);
  const auto csrf = crypto::RandomHex(32);
  if (!token || !csrf) return Fail(MakeError(ErrorCode::kInternal, "session", "random"));
  auto insert = db.Prepare("INSERT INTO sessions (token_hash, role, organisation, csrf_token, expires_at, login_method) VALUES (?, ?, ?, ?, ?, ?)");
  if (!insert) return Fail(insert.error());
  insert->Bind(1, crypto::Sha256Hex(*token)).Bind(2, RoleName(role)).Bind(3, organisation).Bind(4, *csrf);
  insert->Bind(5, now_seconds + kSessionSeconds).Bind(6, login_method);
  if (auto done = insert->Run(); !done) return Fail(done.error());
  // Expired sessions go as new ones come (indexed by expiry, so this reads only what it deletes).
  if (auto purge = db.Prepare("DELETE FROM sessions WHERE expires_at < ?")) {
    purge->Bind(1, now_seconds);
    (void)purge->Run();
  }
  return NewSession{*token, Session{role, std::move(organisation), *csrf, std::string(login_method)}};
}

std::optional<Session> FindSession(store::Database& db, const httplib::Request& request, std::int64_t now_seconds) {
  const std::string token = CookieToken(request);
  if (token.size() != 64) return std::nullopt;
  auto query = db.Prepare("SELECT role, organisation, csrf_token, login_method FROM sessions WHERE token_hash = ? AND expires_at > ?");
  if (!query) return std::nullopt;
  query->Bind(1, crypto::Sha256Hex(token)).Bind(2, now_seconds);
  auto row = query->Step();
  if (!row || !*row) return std::nullopt;
  const auto role = RoleFromName(query->ColumnText(0));
  if (!role) return std::nullopt;
  return Session{*role, query->ColumnText(1), query->ColumnText(2), query->ColumnText(3)};
}

void DeleteSession(store::Database& db, const httplib::Request& request) {
  const std::string token = CookieToken(request);
  if (token.empty()) return;
  auto remove = db.Prepare("DELETE FROM sessions WHERE token_hash = ?");
  if (!remove) return;
  remove->Bind(1, crypto::Sha256Hex(token));
  (void)remove->Run();
}

bool CsrfTokenMatches(const httplib::Request& request, const Session& session) {
  const std::string sent = request.get_header_value(std::string(kCsrfHeader).c_str());
  return sent.size() == session.csrf_token.size() &&
         CRYPTO_memcmp(sent.data(), session.csrf_token.data(), sent.size()) == 0;
}

std::string SessionCookie(const std::string& token, int max_age_seconds) {
  // Secure: browsers send it only over HTTPS - and to http://localhost, so the demo still works.
  return std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; Secure; SameSite=Strict; Max-Age=" +
         std::to_string(max_age_seconds);
}

}  // namespace optagelse::auth
