// Allocation JSON: see allocation_wire.h.
#include "wire/allocation_wire.h"

#include <algorithm>
#include <numeric>

#include "allocation/explanation.h"
#include "wire/json_writer.h"

namespace optagelse::wire {
namespace {

using allocation::IncomeGroup;

Problem Bad(ErrorCode code, std::string path, std::string detail = {}) { return MakeError(code, std::move(path), std::move(detail)); }

Result<std::string> Text(const Json& object, const char* name, const std::string& path, bool required) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) {
    if (required) return Fail(Bad(ErrorCode::kMissingField, path + "." + name));
    return std::string();
  }
  if (it->is_string()) return it->get<std::string>();
  if (it->is_number_integer()) return Dump(*it);  // "institution": 101234 reads as "101234"
  return Fail(Bad(ErrorCode::kWrongFieldType, path + "." + name, "string"));
}

Result<IncomeGroup> IncomeFrom(const Json& object, const std::string& path) {
  auto text = Text(object, "income_group", path, false);
  if (!text) return Fail(text.error());
  if (text->empty()) return IncomeGroup::kUnknown;
  if (*text == "low") return IncomeGroup::kLow;
  if (*text == "middle") return IncomeGroup::kMiddle;
  if (*text == "high") return IncomeGroup::kHigh;
  return Fail(Bad(ErrorCode::kWrongFieldType, path + ".income_group", "low|middle|high"));
}

Result<allocation::Applicant> ApplicantFrom(const Json& value, const std::string& path, allocation::InstitutionTable& institutions) {
  if (auto known = OnlyKnownMembers(value, {"id", "lottery", "income_group", "wishes", "travel_minutes"}, path); !known) {
    return Fail(known.error());
  }
  allocation::Applicant applicant;
  auto id = Text(value, "id", path, true);
  if (!id) return Fail(id.error());
  applicant.id = std::move(*id);
  if (const auto lottery = value.find("lottery"); lottery != value.end() && !lottery->is_null()) {
    if (!lottery->is_number()) return Fail(Bad(ErrorCode::kWrongFieldType, path + ".lottery", "number"));
    applicant.lottery = lottery->get<double>();
  }
  auto income = IncomeFrom(value, path);
  if (!income) return Fail(income.error());
  applicant.income = *income;
  const auto wishes = value.find("wishes");
  if (wishes != value.end() && !wishes->is_null()) {
    if (!wishes->is_array()) return Fail(Bad(ErrorCode::kWrongFieldType, path + ".wishes", "array"));
    for (std::size_t w = 0; w < wishes->size(); ++w) {
      const std::string wish_path = path + ".wishes[" + std::to_string(w) + "]";
      const Json& wish = (*wishes)[w];
      if (auto known = OnlyKnownMembers(wish, {"programme", "forrang"}, wish_path); !known) return Fail(known.error());
      auto offer = Text(wish, "programme", wish_path, true);
      if (!offer) return Fail(offer.error());
      auto forrang = Text(wish, "forrang", wish_path, false);
      if (!forrang) return Fail(forrang.error());
      applicant.wishes.push_back({std::move(*offer), std::move(*forrang)});
    }
  }
  const auto travel = value.find("travel_minutes");
  if (travel != value.end() && !travel->is_null()) {
    if (!travel->is_object()) return Fail(Bad(ErrorCode::kWrongFieldType, path + ".travel_minutes", "object"));
    for (const auto& [institution, minutes] : travel->items()) {
      if (!minutes.is_number_integer()) {
        return Fail(Bad(ErrorCode::kWrongFieldType, path + ".travel_minutes." + institution, "whole minutes"));
      }
      const auto value_minutes = minutes.get<std::int64_t>();
      applicant.travel.push_back(
          {institutions.Intern(institution), value_minutes < -1 || value_minutes > 100000 ? -1 : static_cast<int>(value_minutes)});
    }
  }
  return applicant;
}

Result<allocation::Offer> OfferFrom(const Json& value, const std::string& path) {
  if (auto known = OnlyKnownMembers(value, {"id", "institution", "programme", "capacity", "zone"}, path); !known) {
    return Fail(known.error());
  }
  allocation::Offer offer;
  for (const auto& [name, out, required] : {std::tuple{"id", &offer.id, true}, std::tuple{"institution", &offer.institution, true},
                                            std::tuple{"programme", &offer.programme, true}, std::tuple{"zone", &offer.zone, false}}) {
    auto text = Text(value, name, path, required);
    if (!text) return Fail(text.error());
    *out = std::move(*text);
  }
  const auto capacity = value.find("capacity");
  if (capacity == value.end() || !capacity->is_number_integer()) {
    return Fail(Bad(capacity == value.end() ? ErrorCode::kMissingField : ErrorCode::kWrongFieldType, path + ".capacity", "integer"));
  }
  const auto seats = capacity->get<std::int64_t>();
  offer.capacity = seats < -1 || seats > 1000000 ? -1 : static_cast<int>(seats);
  return offer;
}

std::string_view IncomeName(IncomeGroup group) {
  switch (group) {
    case IncomeGroup::kLow: return "low";
    case IncomeGroup::kMiddle: return "middle";
    case IncomeGroup::kHigh: return "high";
    case IncomeGroup::kUnknown: return "";
  }
  return "";
}

std::string_view ViaName(allocation::Via via) {
  switch (via) {
    case allocation::Via::kWish: return "wish";
    case allocation::Via::kNearest: return "nearest";
    case allocation::Via::kOnlyProvider: return "only-provider";
  }
  return "wish";
}

Json KeyToJson(const allocation::AllocationResult& result, const allocation::PriorityKey& key) {
  const auto& rules = *result.instance.rules;
  Json json{{"rank", key.rank_bucket}, {"lottery", result.instance.lottery[result.instance.applicant_at_rank[key.lottery_rank]]}};
  const std::string forrang = key.tier == allocation::PriorityKey::kNoForrang ? "" : allocation::ForrangTierName(rules, key.tier);
  json["forrang"] = forrang.empty() ? Json(nullptr) : Json(forrang);
  json["minutes"] = key.minutes >= allocation::PriorityKey::kUnknownMinutes ? Json(nullptr) : Json(key.minutes);
  return json;
}

std::string_view OutcomeName(allocation::WishOutcome outcome) {
  switch (outcome) {
    case allocation::WishOutcome::kPlaced: return "placed";
    case allocation::WishOutcome::kPlacedHigher: return "placed_higher";
    case allocation::WishOutcome::kBelowCutoff: return "below_cutoff";
    case allocation::WishOutcome::kNoSeats: return "no_seats";
  }
  return "";
}

Json Explanations(const allocation::AllocationResult& result, std::size_t applicant, TextLanguages languages) {
  Json wishes = Json::array();
  for (const allocation::WishExplanation& wish : allocation::ExplainApplicant(result, applicant)) {
    Json entry{{"rank", wish.rank}, {"programme", result.instance.input->offers[wish.offer].id}, {"outcome", OutcomeName(wish.outcome)},
               {"own_key", KeyToJson(result, wish.own)}};
    if (wish.cutoff) entry["cutoff_key"] = KeyToJson(result, *wish.cutoff);
    if (languages == TextLanguages::kBoth || languages == TextLanguages::kDanish) {
      entry["text_da"] = allocation::DescribeWish(result, applicant, wish, Language::kDanish);
    }
    if (languages == TextLanguages::kBoth || languages == TextLanguages::kEnglish) {
      entry["text_en"] = allocation::DescribeWish(result, applicant, wish, Language::kEnglish);
    }
    wishes.push_back(std::move(entry));
  }
  return wishes;
}

void WriteKey(JsonWriter& writer, const allocation::AllocationResult& result, const allocation::PriorityKey& key) {
  const auto& rules = *result.instance.rules;
  writer.BeginObject();
  const std::string forrang = key.tier == allocation::PriorityKey::kNoForrang ? "" : allocation::ForrangTierName(rules, key.tier);
  writer.Key("forrang");
  if (forrang.empty()) writer.Null(); else writer.String(forrang);
  writer.Key("lottery");
  writer.Double(result.instance.lottery[result.instance.applicant_at_rank[key.lottery_rank]]);
  writer.Key("minutes");
  if (key.minutes >= allocation::PriorityKey::kUnknownMinutes) writer.Null(); else writer.Int(key.minutes);
  writer.Key("rank");
  writer.Int(key.rank_bucket);
  writer.EndObject();
}

// An applicant's travel minutes by institution, in the order a JSON object keeps its keys
// (sorted; a repeated institution keeps its last value).
std::vector<std::size_t> TravelInKeyOrder(const allocation::AllocationInput& input, const allocation::Applicant& applicant) {
  const auto name = [&](std::size_t t) -> const std::string& { return input.institutions[applicant.travel[t].institution]; };
  std::vector<std::size_t> order(applicant.travel.size());
  std::iota(order.begin(), order.end(), 0);
  bool sorted = true;
  for (std::size_t i = 1; i < order.size() && sorted; ++i) sorted = name(i - 1) < name(i);
  if (sorted) return order;  // the usual case: written in key order already, no repeats
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return name(a) < name(b); });
  std::vector<std::size_t> kept;
  for (std::size_t i = 0; i < order.size(); ++i) {
    if (i + 1 < order.size() && name(order[i + 1]) == name(order[i])) continue;
    kept.push_back(order[i]);
  }
  return kept;
}

}  // namespace

Result<allocation::AllocationInput> AllocationInputFromJson(const Json& value) {
  if (auto known = OnlyKnownMembers(value, {"rule_set", "seed", "zones", "programmes", "applicants"}, ""); !known) {
    return Fail(known.error());
  }
  allocation::AllocationInput input;
  if (const auto rule_set = value.find("rule_set"); rule_set != value.end() && !rule_set->is_null()) {
    const std::string text = rule_set->is_string() ? rule_set->get<std::string>() : rule_set->is_number_integer() ? Dump(*rule_set) : "";
    if (text.size() != 4 || text[0] == '0' || text.find_first_not_of("0123456789") != std::string::npos) {
      return Fail(Bad(ErrorCode::kWrongFieldType, "rule_set", "a year, e.g. \"2023\""));
    }
    input.rule_year = std::stoi(text);
  }
  if (const auto seed = value.find("seed"); seed != value.end() && !seed->is_null()) {
    if (!seed->is_number_unsigned()) return Fail(Bad(ErrorCode::kWrongFieldType, "seed", "a non-negative integer"));
    input.seed = seed->get<std::uint64_t>();
  }
  if (const auto zones = value.find("zones"); zones != value.end() && !zones->is_null()) {
    if (!zones->is_array()) return Fail(Bad(ErrorCode::kWrongFieldType, "zones", "array"));
    for (std::size_t i = 0; i < zones->size(); ++i) {
      const std::string path = "zones[" + std::to_string(i) + "]";
      if (auto known = OnlyKnownMembers((*zones)[i], {"id", "kind"}, path); !known) return Fail(known.error());
      auto id = Text((*zones)[i], "id", path, true);
      if (!id) return Fail(id.error());
      auto kind = Text((*zones)[i], "kind", path, true);
      if (!kind) return Fail(kind.error());
      if (*kind != "distance" && *kind != "distribution") return Fail(Bad(ErrorCode::kWrongFieldType, path + ".kind", "distance|distribution"));
      input.zones.push_back({*id, *kind == "distribution" ? allocation::ZoneKind::kDistribution : allocation::ZoneKind::kDistance});
    }
  }
  allocation::InstitutionTable institutions(input);
  for (const auto& [name, is_offers] : {std::pair{"programmes", true}, std::pair{"applicants", false}}) {
    const auto list = value.find(name);
    if (list == value.end() || list->is_null()) return Fail(Bad(ErrorCode::kMissingField, name));
    if (!list->is_array()) return Fail(Bad(ErrorCode::kWrongFieldType, name, "array"));
    for (std::size_t i = 0; i < list->size(); ++i) {
      const std::string path = std::string(name) + "[" + std::to_string(i) + "]";
      if (is_offers) {
        auto offer = OfferFrom((*list)[i], path);
        if (!offer) return Fail(offer.error());
        input.offers.push_back(std::move(*offer));
      } else {
        auto applicant = ApplicantFrom((*list)[i], path, institutions);
        if (!applicant) return Fail(applicant.error());
        input.applicants.push_back(std::move(*applicant));
      }
    }
  }
  return input;
}

Json AllocationInputToJson(const allocation::AllocationInput& input) {
  Json zones = Json::array();
  for (const auto& zone : input.zones) {
    zones.push_back({{"id", zone.id}, {"kind", zone.kind == allocation::ZoneKind::kDistribution ? "distribution" : "distance"}});
  }
  Json offers = Json::array();
  for (const auto& offer : input.offers) {
    Json entry{{"id", offer.id}, {"institution", offer.institution}, {"programme", offer.programme}, {"capacity", offer.capacity}};
    if (!offer.zone.empty()) entry["zone"] = offer.zone;
    offers.push_back(std::move(entry));
  }
  Json applicants = Json::array();
  for (const auto& applicant : input.applicants) {
    Json wishes = Json::array();
    for (const auto& wish : applicant.wishes) {
      Json entry{{"programme", wish.offer}};
      if (!wish.forrang.empty()) entry["forrang"] = wish.forrang;
      wishes.push_back(std::move(entry));
    }
    Json travel = Json::object();
    for (const auto& time : applicant.travel) travel[input.institutions.at(time.institution)] = time.minutes;
    Json entry{{"id", applicant.id}, {"wishes", std::move(wishes)}, {"travel_minutes", std::move(travel)}};
    if (applicant.lottery) entry["lottery"] = *applicant.lottery;
    if (applicant.income != IncomeGroup::kUnknown) entry["income_group"] = IncomeName(applicant.income);
    applicants.push_back(std::move(entry));
  }
  // No year: the newest rule set applies, and the file says so with null rather than a year 0.
  const Json rule_set = input.rule_year == 0 ? Json(nullptr) : Json(std::to_string(input.rule_year));
  return Json{{"rule_set", rule_set}, {"seed", input.seed}, {"zones", std::move(zones)},
              {"programmes", std::move(offers)}, {"applicants", std::move(applicants)}};
}

Json AllocationResultToJson(const allocation::AllocationResult& result, bool explanations, TextLanguages languages) {
  const allocation::Instance& instance = result.instance;
  Json assignments = Json::array();
  Json unplaced = Json::array();
  for (std::size_t a = 0; a < result.placements.size(); ++a) {
    const allocation::Placement& placement = result.placements[a];
    const std::string& id = instance.input->applicants[a].id;
    if (placement.offer) {
      Json entry{{"applicant", id}, {"programme", instance.input->offers[*placement.offer].id}, {"via", ViaName(placement.via)},
                 {"wish_rank", placement.wish_rank ? Json(placement.wish_rank) : Json(nullptr)},
                 {"lottery", instance.lottery[a]}};
      entry["minutes"] = placement.minutes >= allocation::PriorityKey::kUnknownMinutes ? Json(nullptr) : Json(placement.minutes);
      if (explanations) entry["wishes"] = Explanations(result, a, languages);
      assignments.push_back(std::move(entry));
    } else {
      Json entry{{"applicant", id}, {"reason", ErrorCodeNumber(placement.unplaced_reason)},
                 {"reason_name", ErrorCodeName(placement.unplaced_reason)}, {"lottery", instance.lottery[a]}};
      if (explanations) entry["wishes"] = Explanations(result, a, languages);
      unplaced.push_back(std::move(entry));
    }
  }
  Json cutoffs = Json::array();
  for (std::size_t p = 0; p < instance.pools.size(); ++p) {
    const allocation::Pool& pool = instance.pools[p];
    Json entry{{"programme", instance.input->offers[pool.offer].id}, {"capacity", pool.capacity},
               {"filled", result.pools[p].filled}, {"filled_main_round", result.pools[p].filled_main}};
    if (pool.group != IncomeGroup::kUnknown) entry["income_group"] = IncomeName(pool.group);
    entry["last_key"] = result.pools[p].last_admitted_main
                            ? KeyToJson(result, allocation::PriorityKey::Unpack(*result.pools[p].last_admitted_main))
                            : Json(nullptr);
    cutoffs.push_back(std::move(entry));
  }
  Json violations = Json::array();
  for (const std::string& violation : result.stability_violations) violations.push_back(violation);
  return Json{{"rule_set", std::to_string(instance.input->rule_year)}, {"seed", instance.input->seed},
              {"assignments", std::move(assignments)}, {"unplaced", std::move(unplaced)}, {"cutoffs", std::move(cutoffs)},
              {"stable", result.stable()}, {"stability_violations", std::move(violations)}, {"proposals", result.proposals}};
}

void WriteAllocationInput(const allocation::AllocationInput& input, std::string& out) {
  JsonWriter writer(out);
  writer.BeginObject();
  writer.Key("applicants");
  writer.BeginArray();
  for (const auto& applicant : input.applicants) {
    writer.BeginObject();
    writer.Key("id");
    writer.String(applicant.id);
    if (applicant.income != IncomeGroup::kUnknown) {
      writer.Key("income_group");
      writer.String(IncomeName(applicant.income));
    }
    if (applicant.lottery) {
      writer.Key("lottery");
      writer.Double(*applicant.lottery);
    }
    writer.Key("travel_minutes");
    writer.BeginObject();
    for (const std::size_t t : TravelInKeyOrder(input, applicant)) {
      writer.DataKey(input.institutions[applicant.travel[t].institution]);
      writer.Int(applicant.travel[t].minutes);
    }
    writer.EndObject();
    writer.Key("wishes");
    writer.BeginArray();
    for (const auto& wish : applicant.wishes) {
      writer.BeginObject();
      if (!wish.forrang.empty()) {
        writer.Key("forrang");
        writer.String(wish.forrang);
      }
      writer.Key("programme");
      writer.String(wish.offer);
      writer.EndObject();
    }
    writer.EndArray();
    writer.EndObject();
  }
  writer.EndArray();
  writer.Key("programmes");
  writer.BeginArray();
  for (const auto& offer : input.offers) {
    writer.BeginObject();
    writer.Key("capacity");
    writer.Int(offer.capacity);
    writer.Key("id");
    writer.String(offer.id);
    writer.Key("institution");
    writer.String(offer.institution);
    writer.Key("programme");
    writer.String(offer.programme);
    if (!offer.zone.empty()) {
      writer.Key("zone");
      writer.String(offer.zone);
    }
    writer.EndObject();
  }
  writer.EndArray();
  writer.Key("rule_set");
  if (input.rule_year == 0) writer.Null(); else writer.String(std::to_string(input.rule_year));
  writer.Key("seed");
  writer.UInt(input.seed);
  writer.Key("zones");
  writer.BeginArray();
  for (const auto& zone : input.zones) {
    writer.BeginObject();
    writer.Key("id");
    writer.String(zone.id);
    writer.Key("kind");
    writer.String(zone.kind == allocation::ZoneKind::kDistribution ? "distribution" : "distance");
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
}

void WriteAllocationResult(const allocation::AllocationResult& result, bool explanations, TextLanguages languages, std::string& out) {
  const allocation::Instance& instance = result.instance;
  JsonWriter writer(out);
  const auto write_wishes = [&](std::size_t a) {
    if (!explanations) return;
    writer.Key("wishes");
    writer.Raw(Dump(Explanations(result, a, languages)));
  };
  writer.BeginObject();
  writer.Key("assignments");
  writer.BeginArray();
  for (std::size_t a = 0; a < result.placements.size(); ++a) {
    const allocation::Placement& placement = result.placements[a];
    if (!placement.offer) continue;
    writer.BeginObject();
    writer.Key("applicant");
    writer.String(instance.input->applicants[a].id);
    writer.Key("lottery");
    writer.Double(instance.lottery[a]);
    writer.Key("minutes");
    if (placement.minutes >= allocation::PriorityKey::kUnknownMinutes) writer.Null(); else writer.Int(placement.minutes);
    writer.Key("programme");
    writer.String(instance.input->offers[*placement.offer].id);
    writer.Key("via");
    writer.String(ViaName(placement.via));
    writer.Key("wish_rank");
    if (placement.wish_rank) writer.Int(placement.wish_rank); else writer.Null();
    write_wishes(a);
    writer.EndObject();
  }
  writer.EndArray();
  writer.Key("cutoffs");
  writer.BeginArray();
  for (std::size_t p = 0; p < instance.pools.size(); ++p) {
    const allocation::Pool& pool = instance.pools[p];
    writer.BeginObject();
    writer.Key("capacity");
    writer.Int(pool.capacity);
    writer.Key("filled");
    writer.Int(result.pools[p].filled);
    writer.Key("filled_main_round");
    writer.Int(result.pools[p].filled_main);
    if (pool.group != IncomeGroup::kUnknown) {
      writer.Key("income_group");
      writer.String(IncomeName(pool.group));
    }
    writer.Key("last_key");
    if (result.pools[p].last_admitted_main) {
      WriteKey(writer, result, allocation::PriorityKey::Unpack(*result.pools[p].last_admitted_main));
    } else {
      writer.Null();
    }
    writer.Key("programme");
    writer.String(instance.input->offers[pool.offer].id);
    writer.EndObject();
  }
  writer.EndArray();
  writer.Key("proposals");
  writer.UInt(result.proposals);
  writer.Key("rule_set");
  writer.String(std::to_string(instance.input->rule_year));
  writer.Key("seed");
  writer.UInt(instance.input->seed);
  writer.Key("stability_violations");
  writer.BeginArray();
  for (const std::string& violation : result.stability_violations) writer.String(violation);
  writer.EndArray();
  writer.Key("stable");
  writer.Bool(result.stable());
  writer.Key("unplaced");
  writer.BeginArray();
  for (std::size_t a = 0; a < result.placements.size(); ++a) {
    const allocation::Placement& placement = result.placements[a];
    if (placement.offer) continue;
    writer.BeginObject();
    writer.Key("applicant");
    writer.String(instance.input->applicants[a].id);
    writer.Key("lottery");
    writer.Double(instance.lottery[a]);
    writer.Key("reason");
    writer.Int(ErrorCodeNumber(placement.unplaced_reason));
    writer.Key("reason_name");
    writer.String(ErrorCodeName(placement.unplaced_reason));
    write_wishes(a);
    writer.EndObject();
  }
  writer.EndArray();
  writer.EndObject();
}

}  // namespace optagelse::wire
