// The page's address: see page_location.h.
#include "platform/page_location.h"

#include <cstdlib>

extern "C" {
void optagelse_js_navigate(const char* url);
char* optagelse_js_take_query();
}

namespace optagelse::web {
namespace {

const std::string& OpeningQuery() {
  static const std::string query = [] {
    char* text = optagelse_js_take_query();
    std::string copy = text ? text : "";
    std::free(text);
    return copy;
  }();
  return query;
}

}  // namespace

void NavigateTo(const std::string& url) { optagelse_js_navigate(url.c_str()); }

std::string OpeningQueryValue(const std::string& name) {
  const std::string& query = OpeningQuery();
  const std::string key = name + "=";
  for (std::size_t at = query.find(key); at != std::string::npos; at = query.find(key, at + 1)) {
    if (at != 1 && query[at - 1] != '&') continue;  // at 1: right after the '?'
    const std::size_t start = at + key.size();
    return query.substr(start, query.find('&', start) - start);
  }
  return "";
}

}  // namespace optagelse::web
