// The OpenID client's settings: see oidc_settings.h.
#include "oidc/oidc_settings.h"

#include <sys/stat.h>

#include <fstream>
#include <sstream>

namespace optagelse::oidc {

Result<std::string> ReadClientSecret(const std::string& path, const char* kField) {
  struct stat info {};
  if (stat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) {
    return Fail(MakeError(ErrorCode::kBadRequest, kField, "no such file: " + path));
  }
  if ((info.st_mode & (S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH)) != 0) {
    return Fail(MakeError(ErrorCode::kBadRequest, kField, path + " is readable by others: chmod 600 " + path));
  }
  std::ifstream file(path, std::ios::binary);
  std::stringstream text;
  text << file.rdbuf();
  std::string secret = text.str();
  while (!secret.empty() && std::isspace(static_cast<unsigned char>(secret.back()))) secret.pop_back();
  if (!file || secret.empty()) return Fail(MakeError(ErrorCode::kBadRequest, kField, path + " is empty"));
  return secret;
}

}  // namespace optagelse::oidc
