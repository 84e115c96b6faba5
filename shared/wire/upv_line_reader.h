// A fast reader for the batch format of `optagelse upv` (one pupil per line), used before the
// general reader: it accepts only the plain, valid shape (known keys once each, integer or
// "00"-style grades, ASCII/UTF-8 strings without escapes) and declines everything else, which then
// goes through UpvInputFromJson and gets its exact error. Whatever it accepts, it reads exactly as
// UpvInputFromJson does (tests compare the two on generated lines).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "upv/upv_input.h"

namespace optagelse::wire {

struct FastUpvLine {
  upv::UpvInput input;
  std::string raw_id;  // the id as JSON text, the same as Dump would write; "null" when absent
};

std::optional<FastUpvLine> TryReadUpvLineFast(std::string_view line);

}  // namespace optagelse::wire
