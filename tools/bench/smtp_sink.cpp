// The local SMTP server: see smtp_sink.h.
#include "bench/smtp_sink.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace optagelse::bench {

std::unique_ptr<SmtpSink> SmtpSink::Start(const SmtpSinkOptions& options, std::string& output) {
  std::vector<std::string> argv{"/usr/bin/python3", std::string(OPTAGELSE_SOURCE_DIR) + "/tools/mail/smtp_sink.py",
                                "--port", std::to_string(options.port), "--maildir", options.maildir,
                                "--delay", std::to_string(options.delay_seconds), "--tempfail", std::to_string(options.tempfail)};
  if (!options.refuse_domain.empty()) argv.insert(argv.end(), {"--refuse-domain", options.refuse_domain});
  auto process = ChildProcess::Start(argv, std::regex("listening on ([0-9]+)"), std::chrono::seconds(20), output);
  if (!process) return nullptr;
  const int port = std::stoi(process->ready_value());
  return std::unique_ptr<SmtpSink>(new SmtpSink(std::move(process), port, options.maildir));
}

std::vector<std::string> SmtpSink::Messages() const {
  std::vector<std::filesystem::path> files;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(maildir_ + "/new", error)) files.push_back(entry.path());
  // Maildir names start with the delivery time in seconds; the modification time orders within one.
  std::sort(files.begin(), files.end(), [](const auto& a, const auto& b) {
    return std::filesystem::last_write_time(a) < std::filesystem::last_write_time(b);
  });
  std::vector<std::string> messages;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    messages.push_back(text.str());
  }
  return messages;
}

std::size_t SmtpSink::Count() const {
  std::error_code error;
  std::size_t n = 0;
  for (auto it = std::filesystem::directory_iterator(maildir_ + "/new", error); !error && it != std::filesystem::directory_iterator();
       it.increment(error)) {
    ++n;
  }
  return n;
}

std::string MailHeader(const std::string& message, const std::string& name) {
  const std::string head = message.substr(0, message.find("\n\n") == std::string::npos ? message.find("\r\n\r\n") : message.find("\n\n"));
  std::istringstream lines(head);
  std::string line;
  const std::string wanted = name + ":";
  while (std::getline(lines, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.size() >= wanted.size() && std::equal(wanted.begin(), wanted.end(), line.begin(),
                                                   [](char a, char b) { return std::tolower(a) == std::tolower(b); })) {
      std::string value = line.substr(wanted.size());
      while (!value.empty() && value.front() == ' ') value.erase(value.begin());
      return value;
    }
  }
  return "";
}

}  // namespace optagelse::bench
