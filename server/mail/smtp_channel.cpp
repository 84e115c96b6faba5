// SMTP delivery with libcurl: see smtp_channel.h.
#include "mail/smtp_channel.h"

#include <curl/curl.h>

#include <algorithm>
#include <cstring>

#include "mail/mime_message.h"
#include "mail/notices.h"

namespace optagelse::mail {
namespace {

struct Payload {
  std::string text;
  std::size_t sent = 0;
};

std::size_t ReadPayload(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* payload = static_cast<Payload*>(user);
  const std::size_t n = std::min(size * count, payload->text.size() - payload->sent);
  std::memcpy(buffer, payload->text.data() + payload->sent, n);
  payload->sent += n;
  return n;
}

}  // namespace

void InitialiseCurl() { curl_global_init(CURL_GLOBAL_DEFAULT); }

bool IsLoopbackUrl(const std::string& url) {
  const std::string host = HostOf(url);
  return host == "localhost" || host.rfind("127.", 0) == 0 || host == "[::1]";
}

SmtpChannel::SmtpChannel(SmtpSettings settings) : settings_(std::move(settings)), curl_(curl_easy_init()) {}

SmtpChannel::~SmtpChannel() {
  if (curl_) curl_easy_cleanup(static_cast<CURL*>(curl_));
}

Delivery SmtpChannel::Deliver(const OutboxMessage& message) {
  CURL* curl = static_cast<CURL*>(curl_);
  if (!curl) return {Delivery::Outcome::kTryLater, "libcurl could not start"};
  Payload payload{FormatMimeMessage(message, settings_.from), 0};
  curl_slist* recipients = curl_slist_append(nullptr, ("<" + message.recipient + ">").c_str());
  curl_easy_reset(curl);  // keeps the connection cache
  curl_easy_setopt(curl, CURLOPT_URL, settings_.url.c_str());
  curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
  curl_easy_setopt(curl, CURLOPT_MAIL_FROM, ("<" + settings_.from + ">").c_str());
  curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
  curl_easy_setopt(curl, CURLOPT_READFUNCTION, ReadPayload);
  curl_easy_setopt(curl, CURLOPT_READDATA, &payload);
  curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
  curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 10L);
  curl_easy_setopt(curl, CURLOPT_TIMEOUT, static_cast<long>(settings_.timeout_seconds));
  curl_easy_setopt(curl, CURLOPT_USE_SSL, IsLoopbackUrl(settings_.url) ? CURLUSESSL_TRY : CURLUSESSL_ALL);
  if (!settings_.user.empty()) {
    curl_easy_setopt(curl, CURLOPT_USERNAME, settings_.user.c_str());
    curl_easy_setopt(curl, CURLOPT_PASSWORD, settings_.password.c_str());
  }
  const CURLcode result = curl_easy_perform(curl);
  long code = 0;
  curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &code);
  curl_slist_free_all(recipients);
  if (result == CURLE_OK) return {Delivery::Outcome::kDelivered, ""};
  // A refused login is the operator's to fix (--smtp-user, --smtp-password-file): the messages wait.
  if (result == CURLE_LOGIN_DENIED) return {Delivery::Outcome::kTryLater, "login refused (" + std::to_string(code) + ")"};
  const std::string reason = std::string(curl_easy_strerror(result)) + (code ? " (" + std::to_string(code) + ")" : "");
  if (code >= 500 && code < 600) return {Delivery::Outcome::kRefused, reason};
  return {Delivery::Outcome::kTryLater, reason};
}

}  // namespace optagelse::mail
