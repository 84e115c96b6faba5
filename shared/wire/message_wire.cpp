// Messages as JSON: see message_wire.h.
#include "wire/message_wire.h"

namespace optagelse::wire {
namespace {

Problem WrongType(const std::string& field, const std::string& expected) {
  return MakeError(ErrorCode::kWrongFieldType, field, expected);
}

Result<std::string> TextMember(const Json& value, const char* name) {
  const auto it = value.find(name);
  if (it == value.end() || !it->is_string()) return Fail(WrongType(name, "string"));
  return it->get<std::string>();
}

}  // namespace

Json MessageRecordToJson(const notifications::MessageRecord& m) {
  return Json{{"id", m.id},
              {"kind", m.kind},
              {"audience", m.audience},
              {"to", m.to},
              {"language", m.language},
              {"subject", m.subject},
              {"text", m.text},
              {"written_at", m.written_at},
              {"state", m.state},
              {"sent_at", m.sent_at ? Json(*m.sent_at) : Json(nullptr)},
              {"attempts", m.attempts},
              {"error", m.error}};
}

Result<notifications::MessageRecord> MessageRecordFromJson(const Json& value) {
  if (!value.is_object()) return Fail(WrongType("message", "object"));
  notifications::MessageRecord m;
  const auto id = value.find("id");
  if (id == value.end() || !id->is_number_integer()) return Fail(WrongType("id", "integer"));
  m.id = id->get<std::int64_t>();
  for (auto [name, target] : {std::pair{"kind", &m.kind}, std::pair{"audience", &m.audience}, std::pair{"to", &m.to},
                              std::pair{"language", &m.language}, std::pair{"subject", &m.subject}, std::pair{"text", &m.text},
                              std::pair{"written_at", &m.written_at}, std::pair{"state", &m.state}, std::pair{"error", &m.error}}) {
    auto text = TextMember(value, name);
    if (!text) return Fail(text.error());
    *target = std::move(*text);
  }
  if (const auto sent = value.find("sent_at"); sent != value.end() && !sent->is_null()) {
    if (!sent->is_string()) return Fail(WrongType("sent_at", "string"));
    m.sent_at = sent->get<std::string>();
  }
  const auto attempts = value.find("attempts");
  if (attempts == value.end() || !attempts->is_number_integer()) return Fail(WrongType("attempts", "integer"));
  m.attempts = attempts->get<int>();
  return m;
}

Result<std::vector<notifications::MessageRecord>> MessageRecordsFromJson(const Json& list) {
  if (!list.is_array()) return Fail(WrongType("messages", "array"));
  std::vector<notifications::MessageRecord> out;
  for (const Json& entry : list) {
    auto message = MessageRecordFromJson(entry);
    if (!message) return Fail(message.error());
    out.push_back(std::move(*message));
  }
  return out;
}

}  // namespace optagelse::wire
