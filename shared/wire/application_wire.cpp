// JSON <-> applications and offers: see application_wire.h.
#include "wire/application_wire.h"

#include <initializer_list>

namespace optagelse::wire {
namespace {

using applications::Application;

constexpr std::size_t kMaxListLength = 100;  // wishes or claims in one request; the rule set bounds further

Problem WrongType(std::string field, std::string expected) {
  return MakeError(ErrorCode::kWrongFieldType, std::move(field), std::move(expected));
}

Result<std::string> Text(const Json& object, std::string_view name, const std::string& path, bool required) {
  const auto it = object.find(name);
  const std::string field = path.empty() ? std::string(name) : path + "." + std::string(name);
  if (it == object.end() || it->is_null()) {
    if (required) return Fail(MakeError(ErrorCode::kMissingField, field));
    return std::string();
  }
  if (!it->is_string()) return Fail(WrongType(field, "string"));
  std::string text = it->get<std::string>();
  if (text.size() > applications::kMaxTextLength * 4) return Fail(MakeError(ErrorCode::kApplicationTextTooLong, field, "4000"));
  return text;
}

Result<const Json*> List(const Json& object, std::string_view name) {
  const auto it = object.find(name);
  if (it == object.end() || it->is_null()) return nullptr;
  if (!it->is_array()) return Fail(WrongType(std::string(name), "array"));
  if (it->size() > kMaxListLength) {
    return Fail(MakeError(ErrorCode::kApplicationTooManyWishes, std::string(name), std::to_string(kMaxListLength)));
  }
  return &*it;
}

Result<void> ReadWishes(const Json& value, Application& application) {
  auto wishes = List(value, "wishes");
  if (!wishes) return Fail(wishes.error());
  if (*wishes == nullptr) return {};
  for (std::size_t i = 0; i < (*wishes)->size(); ++i) {
    const Json& item = (**wishes)[i];
    const std::string path = "wishes[" + std::to_string(i) + "]";
    if (auto known = OnlyKnownMembers(item, {"institution", "programme"}, path); !known) return Fail(known.error());
    auto institution = Text(item, "institution", path, true);
    if (!institution) return Fail(institution.error());
    auto programme = Text(item, "programme", path, true);
    if (!programme) return Fail(programme.error());
    application.wishes.push_back({std::move(*institution), std::move(*programme)});
  }
  return {};
}

Result<void> ReadForrang(const Json& value, Application& application) {
  auto claims = List(value, "forrang");
  if (!claims) return Fail(claims.error());
  if (*claims == nullptr) return {};
  for (std::size_t i = 0; i < (*claims)->size(); ++i) {
    const Json& item = (**claims)[i];
    const std::string path = "forrang[" + std::to_string(i) + "]";
    if (auto known = OnlyKnownMembers(item, {"wish", "ground", "attachment"}, path); !known) return Fail(known.error());
    const auto wish = item.find("wish");
    if (wish == item.end() || !wish->is_number_integer()) return Fail(WrongType(path + ".wish", "integer"));
    const auto rank = wish->get<std::int64_t>();
    auto ground = Text(item, "ground", path, true);
    if (!ground) return Fail(ground.error());
    auto attachment = Text(item, "attachment", path, false);
    if (!attachment) return Fail(attachment.error());
    application.forrang.push_back({rank < 0 || rank > 1000 ? 0 : static_cast<int>(rank), std::move(*ground), std::move(*attachment)});
  }
  return {};
}

Result<void> ReadActivity(const Json& value, Application& application) {
  const auto it = value.find("another_activity");
  if (it == value.end() || it->is_null()) return {};
  if (auto known = OnlyKnownMembers(*it, {"type", "description"}, "another_activity"); !known) return Fail(known.error());
  auto type = Text(*it, "type", "another_activity", true);
  if (!type) return Fail(type.error());
  const auto parsed = applications::ActivityTypeFromName(*type);
  if (!parsed) return Fail(MakeError(ErrorCode::kApplicationUnknownActivity, "another_activity.type", *type));
  auto description = Text(*it, "description", "another_activity", false);
  if (!description) return Fail(description.error());
  application.another_activity = applications::AnotherActivity{*parsed, std::move(*description)};
  return {};
}

}  // namespace

Result<Application> ApplicationFromJson(const Json& value) {
  if (auto known = OnlyKnownMembers(value, {"admission_year", "wishes", "forrang", "another_activity", "contact"}, ""); !known) {
    return Fail(known.error());
  }
  Application application;
  if (const auto year = value.find("admission_year"); year != value.end() && !year->is_null()) {
    if (!year->is_number_integer()) return Fail(WrongType("admission_year", "integer"));
    const auto number = year->get<std::int64_t>();
    application.admission_year = number < 1900 || number > 3000 ? 0 : static_cast<int>(number);
  }
  for (auto read : {ReadWishes, ReadForrang, ReadActivity}) {
    if (auto done = read(value, application); !done) return Fail(done.error());
  }
  if (const auto contact = value.find("contact"); contact != value.end() && !contact->is_null()) {
    auto parsed = ContactFromJson(*contact);
    if (!parsed) return Fail(parsed.error());
    application.contact = std::move(*parsed);
  }
  return application;
}

Result<applications::Contact> ContactFromJson(const Json& value) {
  if (!value.is_object()) return Fail(WrongType("contact", "object"));
  if (auto known = OnlyKnownMembers(value, {"email", "phone", "guardian_emails"}, "contact"); !known) return Fail(known.error());
  auto email = Text(value, "email", "contact", false);
  if (!email) return Fail(email.error());
  auto phone = Text(value, "phone", "contact", false);
  if (!phone) return Fail(phone.error());
  applications::Contact contact{std::move(*email), std::move(*phone), {}};
  if (const auto emails = value.find("guardian_emails"); emails != value.end() && !emails->is_null()) {
    // A list longer than the rules allow is read in full and refused by validation, with its field.
    if (!emails->is_array() || emails->size() > 16) return Fail(WrongType("contact.guardian_emails", "array"));
    for (std::size_t i = 0; i < emails->size(); ++i) {
      const Json& address = (*emails)[i];
      if (!address.is_string()) return Fail(WrongType("contact.guardian_emails[" + std::to_string(i) + "]", "string"));
      if (!address.get_ref<const std::string&>().empty()) contact.guardian_emails.push_back(address.get<std::string>());
    }
  }
  return contact;
}

Json ApplicationToJson(const Application& application) {
  Json wishes = Json::array();
  for (const auto& wish : application.wishes) wishes.push_back({{"institution", wish.institution}, {"programme", wish.programme}});
  Json forrang = Json::array();
  for (const auto& claim : application.forrang) {
    forrang.push_back({{"wish", claim.wish}, {"ground", claim.ground}, {"attachment", claim.attachment}});
  }
  Json activity = nullptr;
  if (application.another_activity) {
    activity = {{"type", applications::ActivityTypeName(application.another_activity->type)},
                {"description", application.another_activity->description}};
  }
  return Json{{"admission_year", application.admission_year},
              {"wishes", std::move(wishes)},
              {"forrang", std::move(forrang)},
              {"another_activity", std::move(activity)},
              {"contact", {{"email", application.contact.email},
                           {"phone", application.contact.phone},
                           {"guardian_emails", application.contact.guardian_emails}}}};
}

std::string_view ProgrammeKindName(applications::ProgrammeKind kind) {
  switch (kind) {
    case applications::ProgrammeKind::kGymnasial:
      return "gymnasial";
    case applications::ProgrammeKind::kEud:
      return "eud";
    case applications::ProgrammeKind::kTenthGrade:
      return "tenth_grade";
    case applications::ProgrammeKind::kUnknown:
      return "unknown";
  }
  return "unknown";
}

Json OffersToJson(const std::vector<applications::Offer>& offers) {
  Json list = Json::array();
  for (const auto& offer : offers) {
    list.push_back({{"institution", offer.institution},
                    {"institution_name", offer.institution_name},
                    {"programme", offer.programme},
                    {"kind", ProgrammeKindName(applications::ProgrammeKindOf(offer.programme))},
                    {"municipality_code", offer.municipality_code},
                    {"open", offer.open},
                    {"private_gymnasium", offer.private_gymnasium},
                    {"central_allocation", applications::InCentralAllocation(offer)}});
  }
  return list;
}

Result<std::vector<applications::Offer>> OffersFromJson(const Json& value) {
  if (!value.is_array()) return Fail(WrongType("offers", "array"));
  std::vector<applications::Offer> offers;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const Json& item = value[i];
    const std::string path = "offers[" + std::to_string(i) + "]";
    if (!item.is_object()) return Fail(WrongType(path, "object"));
    applications::Offer offer;
    auto institution = Text(item, "institution", path, true);
    auto programme = Text(item, "programme", path, true);
    auto name = Text(item, "institution_name", path, false);
    if (!institution || !programme || !name) return Fail(MakeError(ErrorCode::kWrongFieldType, path, "offer"));
    offer.institution = std::move(*institution);
    offer.programme = std::move(*programme);
    offer.institution_name = std::move(*name);
    // value() would throw (abort, exceptions off) on a wrong type: check each first.
    if (const auto code = item.find("municipality_code"); code != item.end() && code->is_number_integer()) {
      offer.municipality_code = static_cast<int>(code->get<std::int64_t>() % 100000);
    }
    if (const auto open = item.find("open"); open != item.end() && open->is_boolean()) offer.open = open->get<bool>();
    if (const auto own = item.find("private_gymnasium"); own != item.end() && own->is_boolean()) offer.private_gymnasium = own->get<bool>();
    offers.push_back(std::move(offer));
  }
  return offers;
}

}  // namespace optagelse::wire
