// The answers about my uploaded documents (forrang documentation):
//   POST /api/v1/me/attachments   AttachmentInfo (the file just stored)
//   GET  /api/v1/me/attachments   AttachmentList
// Written by the server, read by the app, through wire/field_codec.h.
#pragma once

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "wire/field_codec.h"

namespace optagelse::wire {

struct AttachmentInfo {
  std::string sha256;
  std::string media_type;
  std::int64_t size = 0;
  std::string file_name;
  std::string uploaded_at;
};

constexpr auto WireFields(const AttachmentInfo*) {
  return std::tuple{Member{"sha256", &AttachmentInfo::sha256, "the file's SHA-256 (hex): its name in every address"},
                    Member{"media_type", &AttachmentInfo::media_type, "application/pdf, image/png or image/jpeg, by content"},
                    Member{"size", &AttachmentInfo::size, "bytes"},
                    Member{"file_name", &AttachmentInfo::file_name, "the name it was uploaded under (may be empty)"},
                    Member{"uploaded_at", &AttachmentInfo::uploaded_at, "when (ISO 8601, UTC)"}};
}

struct AttachmentList {
  std::vector<AttachmentInfo> attachments;
};

constexpr auto WireFields(const AttachmentList*) {
  return std::tuple{Member{"attachments", &AttachmentList::attachments, "my files, oldest first"}};
}

}  // namespace optagelse::wire
