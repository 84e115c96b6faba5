// File signatures ("magic numbers"): PDF "%PDF-", PNG's eight-byte signature, JPEG's SOI marker
// followed by a marker byte.
#include "applications/attachment_type.h"

namespace optagelse::applications {
namespace {

bool StartsWith(std::string_view bytes, std::string_view prefix) { return bytes.substr(0, prefix.size()) == prefix; }

}  // namespace

std::optional<AttachmentType> DetectAttachmentType(std::string_view bytes) {
  if (StartsWith(bytes, "%PDF-")) return AttachmentType::kPdf;
  if (StartsWith(bytes, std::string_view("\x89PNG\r\n\x1a\n", 8))) return AttachmentType::kPng;
  if (StartsWith(bytes, "\xFF\xD8\xFF")) return AttachmentType::kJpeg;
  return std::nullopt;
}

std::string_view MediaTypeOf(AttachmentType type) {
  switch (type) {
    case AttachmentType::kPdf:
      return "application/pdf";
    case AttachmentType::kPng:
      return "image/png";
    case AttachmentType::kJpeg:
      return "image/jpeg";
  }
  return "application/octet-stream";
}

std::string_view DescribeContent(std::string_view bytes) {
  if (bytes.empty()) return "an empty file";
  if (StartsWith(bytes, "PK\x03\x04")) return "a ZIP archive or Office document";
  if (StartsWith(bytes, "GIF8")) return "a GIF image";
  if (StartsWith(bytes, "MZ") || StartsWith(bytes, "\x7f" "ELF")) return "a program";
  if (StartsWith(bytes, "<")) return "HTML or XML";
  return "another kind of file";
}

}  // namespace optagelse::applications
