// What an uploaded attachment really is, from its first bytes, never from its name or the declared
// content type: only PDF, PNG and JPEG are accepted (docs/domain.md "The application", attachments).
#pragma once

#include <optional>
#include <string_view>

namespace optagelse::applications {

enum class AttachmentType { kPdf, kPng, kJpeg };

std::optional<AttachmentType> DetectAttachmentType(std::string_view bytes);
std::string_view MediaTypeOf(AttachmentType type);  // "application/pdf", "image/png", "image/jpeg"
// A short description of what the bytes look like instead, for the error ("a ZIP archive", "text").
std::string_view DescribeContent(std::string_view bytes);

}  // namespace optagelse::applications
