// What-if scenario storage: see scenario_storage.h.
#include "what_if/scenario_storage.h"

#include "platform/browser_storage.h"
#include "wire/upv_wire.h"

namespace optagelse::web {
namespace {

constexpr const char* kKey = "optagelse.whatif.v1";

}  // namespace

void SaveScenario(const WhatIfState& what_if) {
  wire::Json json{{"label", what_if.label},
                  {"admission_year", what_if.admission_year},
                  {"base", wire::UpvInputToJson(what_if.base)},
                  {"scenario", wire::UpvInputToJson(what_if.scenario)}};
  json["pupil_id"] = what_if.pupil_id ? wire::Json(*what_if.pupil_id) : wire::Json(nullptr);
  StorageSet(kKey, wire::Dump(json));
}

bool LoadScenario(WhatIfState& what_if) {
  const auto text = StorageGet(kKey);
  if (!text) return false;
  auto json = wire::ParseJson(*text);
  if (!json || !json->is_object() || !json->contains("base") || !json->contains("scenario")) return false;
  auto base = wire::UpvInputFromJson((*json)["base"]);
  auto scenario = wire::UpvInputFromJson((*json)["scenario"]);
  if (!base || !scenario) return false;
  what_if.base = std::move(*base);
  what_if.scenario = std::move(*scenario);
  // Stored text may be stale or edited by hand: read every member with its type checked.
  const wire::Json& label = (*json)["label"];
  what_if.label = label.is_string() ? label.get<std::string>() : "";
  const wire::Json& year = (*json)["admission_year"];
  what_if.admission_year = year.is_number_integer() ? year.get<int>() : what_if.admission_year;
  const wire::Json& pupil = (*json)["pupil_id"];
  what_if.pupil_id = pupil.is_number_integer() ? std::optional<std::int64_t>(pupil.get<std::int64_t>()) : std::nullopt;
  what_if.open = true;
  what_if.dirty = true;
  return true;
}

}  // namespace optagelse::web
