// Download names for uploaded files: see attachment_disposition.h.
#include "http/attachment_disposition.h"

#include "text/percent_encoding.h"

namespace optagelse::http {

std::string AttachmentDisposition(std::string_view ascii_fallback, std::string_view uploaded_name) {
  std::string header = "attachment; filename=\"" + std::string(ascii_fallback) + "\"";
  if (!uploaded_name.empty()) header += "; filename*=UTF-8''" + text::PercentEncode(uploaded_name);
  return header;
}

std::string AttachmentFallbackName(std::string_view sha256, std::string_view media_type) {
  const std::string_view extension = media_type == "application/pdf" ? ".pdf"
                                     : media_type == "image/png"     ? ".png"
                                     : media_type == "image/jpeg"    ? ".jpg"
                                                                     : "";
  return "bilag-" + std::string(sha256.substr(0, 12)) + std::string(extension);
}

}  // namespace optagelse::http
