// Content-Disposition for a download of a person's uploaded file: the name they gave it, safely.
// The uploaded name never enters the header raw (quotes, line breaks, any byte a person typed):
// it goes percent-encoded in filename* (RFC 6266, RFC 8187), which browsers prefer, and a plain
// ASCII fallback of ours goes in filename.
#pragma once

#include <string>
#include <string_view>

namespace optagelse::http {

// `uploaded_name` empty: only the fallback.
std::string AttachmentDisposition(std::string_view ascii_fallback, std::string_view uploaded_name);

// "bilag-<first 12 of the fingerprint>.pdf": our ASCII name for an upload (by its media type).
std::string AttachmentFallbackName(std::string_view sha256, std::string_view media_type);

}  // namespace optagelse::http
