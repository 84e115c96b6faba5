// Who runs this service and how to reach them, for the app's header and footer:
//   GET /api/v1/service   ServiceInfo (public; set by the operator's --operator and --contact-* flags)
// Written by the server, read by the app, through wire/field_codec.h.
#pragma once

#include <string>
#include <tuple>

#include "wire/field_codec.h"

namespace optagelse::wire {

struct ServiceInfo {
  std::string operator_name;  // the authority that runs the service (data controller)
  std::string contact_email;
  std::string contact_phone;
  bool demo = false;  // the login simulator is on: anyone can be anyone
};

constexpr auto WireFields(const ServiceInfo*) {
  return std::tuple{Member{"operator", &ServiceInfo::operator_name, "the authority that runs the service (--operator)"},
                    Member{"contact_email", &ServiceInfo::contact_email, "where people write for help (--contact-email)"},
                    Member{"contact_phone", &ServiceInfo::contact_phone, "where people call for help (--contact-phone)"},
                    Member{"demo", &ServiceInfo::demo, "a demo server: the login simulator is on"}};
}

}  // namespace optagelse::wire
