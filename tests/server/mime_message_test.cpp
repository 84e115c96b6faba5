// An outbox message as an Internet message: the date in RFC 5322 form, a Danish subject in
// encoded words, CRLF line ends and no line over 78 characters, both parts in base64, the stable
// Message-ID; and the host of the public URL for Message-IDs.
#include <gtest/gtest.h>

#include <sstream>

#include "mail/mime_message.h"
#include "mail/notices.h"

namespace optagelse::mail {
namespace {

TEST(MimeMessage, DatesInRfc5322Form) {
  EXPECT_EQ(FormatMailDate(0), "Thu, 01 Jan 1970 00:00:00 +0000");
  EXPECT_EQ(FormatMailDate(1'803'941'999), "Mon, 01 Mar 2027 22:59:59 +0000");
}

TEST(MimeMessage, HeadersPartsAndLineLengths) {
  OutboxMessage message;
  message.id = 42;
  message.message_id = "<abc123@optagelse.example.dk>";
  message.recipient = "mor@example.dk";
  message.language = "da";
  message.subject = "Husk at skrive under på dit barns ansøgning - fristen nærmer sig, og det er vigtigt";
  message.body_text = std::string(500, 'x') + " æøå\n";
  message.body_html = "<p>Hej</p>";
  message.created_at = 1'803'941'999;
  const std::string text = FormatMimeMessage(message, "noreply@optagelse.example.dk");
  EXPECT_EQ(text.rfind("Message-ID: <abc123@optagelse.example.dk>\r\n", 0), 0u);
  EXPECT_NE(text.find("To: <mor@example.dk>\r\n"), std::string::npos);
  EXPECT_NE(text.find("Subject: =?UTF-8?B?"), std::string::npos);
  EXPECT_NE(text.find("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64"), std::string::npos);
  EXPECT_NE(text.find("Content-Type: text/html; charset=utf-8"), std::string::npos);
  EXPECT_NE(text.find("PHA+SGVqPC9wPg=="), std::string::npos);  // "<p>Hej</p>"
  std::size_t start = 0;
  while (start < text.size()) {
    const std::size_t end = text.find("\r\n", start);
    ASSERT_NE(end, std::string::npos) << "every line ends in CRLF";
    const std::string line = text.substr(start, end - start);
    EXPECT_LE(line.size(), 78u) << line;
    EXPECT_EQ(line.find('\n'), std::string::npos);
    start = end + 2;
  }
}

TEST(MimeMessage, MessageIdHostFromThePublicUrl) {
  EXPECT_EQ(HostOf("https://optagelse.example.dk/"), "optagelse.example.dk");
  EXPECT_EQ(HostOf("http://127.0.0.1:8080"), "127.0.0.1");
  EXPECT_EQ(HostOf(""), "optagelse.invalid");
}

}  // namespace
}  // namespace optagelse::mail
