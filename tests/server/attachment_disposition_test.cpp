// The download header for an uploaded file: the person's name for it reaches the browser, but never
// raw in the header - a quote or a line break in a file name cannot end the header or add another.
#include <gtest/gtest.h>

#include "http/attachment_disposition.h"

namespace optagelse::http {
namespace {

TEST(AttachmentDisposition, NamesTheFileSafely) {
  EXPECT_EQ(AttachmentDisposition("bilag-2424e4b37c25.pdf", "Lægeerklæring.pdf"),
            "attachment; filename=\"bilag-2424e4b37c25.pdf\"; filename*=UTF-8''L%C3%A6geerkl%C3%A6ring.pdf");
  const std::string hostile = AttachmentDisposition("bilag-x.pdf", "a\".pdf\r\nSet-Cookie: x=1");
  EXPECT_EQ(hostile, "attachment; filename=\"bilag-x.pdf\"; filename*=UTF-8''a%22.pdf%0D%0ASet-Cookie%3A%20x%3D1");
  EXPECT_EQ(AttachmentDisposition("mine-oplysninger.json", ""), "attachment; filename=\"mine-oplysninger.json\"");
  EXPECT_EQ(AttachmentFallbackName("2424e4b37c25aaaa", "image/png"), "bilag-2424e4b37c25.png");
  EXPECT_EQ(AttachmentFallbackName("2424e4b37c25aaaa", "text/plain"), "bilag-2424e4b37c25");
}

}  // namespace
}  // namespace optagelse::http
