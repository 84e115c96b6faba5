// The pseudonym key: see pseudonym_key.h.
#include "statistics/pseudonym_key.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fstream>
#include <sstream>

#include "crypto/digest.h"

namespace optagelse::statistics {
namespace {

constexpr std::size_t kKeyHexLength = 64;

bool IsHexKey(const std::string& text) {
  return text.size() == kKeyHexLength && text.find_first_not_of("0123456789abcdef") == std::string::npos;
}

}  // namespace

Result<std::string> LoadOrCreateKey(const std::string& path) {
  if (std::ifstream file(path); file) {
    std::string key;
    std::getline(file, key);
    if (!IsHexKey(key)) return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "statistics_key", path + ": not a key"));
    return key;
  }
  const auto key = crypto::RandomHex(static_cast<int>(kKeyHexLength / 2));
  if (!key) return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "statistics_key", "no randomness"));
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, S_IRUSR | S_IWUSR);  // never readable by others
  if (fd < 0) return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "statistics_key", "cannot create " + path));
  const std::string line = *key + "\n";
  const bool written = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!written) return Fail(MakeError(ErrorCode::kDatabaseUnavailable, "statistics_key", "cannot write " + path));
  return *key;
}

std::string Pseudonym(std::string_view key, std::string_view cpr) { return crypto::HmacSha256Hex(key, cpr).substr(0, 32); }

std::string DefaultKeyPath(const std::string& database_path) { return database_path + ".statistics-key"; }

}  // namespace optagelse::statistics
