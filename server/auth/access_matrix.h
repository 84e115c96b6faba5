// The access matrix, generated from the access policy itself (issue "Who may see what"): for every
// action, which role may take it and under which relation - own organisation, own municipality,
// oneself, one's child under 18, or any. docs/access-matrix.md is this text; a test fails when the
// two differ, so the document cannot drift from the code (`optagelse access-matrix` rewrites it).
#pragma once

#include <string>

namespace optagelse::auth {

std::string AccessMatrixMarkdown();

}  // namespace optagelse::auth
