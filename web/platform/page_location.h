// The page's address: going to another URL of this site (the sign-in's start, which redirects to
// the OpenID provider) and the query the page was opened with (the sign-in returns to
// "/?screen=apply", so the app opens where the person was).
#pragma once

#include <string>

namespace optagelse::web {

void NavigateTo(const std::string& url);
// The value of `name` in the query the page was opened with ("" if none). The first call also
// removes the query from the address bar, so a reload does not repeat it.
std::string OpeningQueryValue(const std::string& name);

}  // namespace optagelse::web
