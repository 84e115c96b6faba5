// Text made safe to place in HTML (element content and quoted attribute values): the five
// characters that could end or open markup become entities. For the pages the server writes itself
// and the HTML part of messages (notifications/notice_text.cpp).
#pragma once

#include <string>
#include <string_view>

namespace optagelse::text {

std::string EscapeHtml(std::string_view text);

}  // namespace optagelse::text
