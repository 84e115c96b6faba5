// The text of a wish: see wish_text.h.
#include "screens/wish_text.h"

namespace optagelse::web {

std::string WishLine(const wire::ApplicationView& application, int rank) {
  if (!application.content.is_object() || !application.content.contains("wishes")) return "";
  const wire::Json& wishes = application.content["wishes"];
  if (!wishes.is_array() || rank < 1 || rank > static_cast<int>(wishes.size())) return "";
  const wire::Json& wish = wishes[static_cast<std::size_t>(rank - 1)];
  if (!wish["institution"].is_string() || !wish["programme"].is_string()) return "";
  const std::string number = wish["institution"].get<std::string>();
  const wire::Json& names = application.institution_names;
  const std::string name = names.is_object() && names.contains(number) && names[number].is_string() ? names[number].get<std::string>() : number;
  return std::to_string(rank) + ". " + name + " - " + wish["programme"].get<std::string>();
}

}  // namespace optagelse::web
