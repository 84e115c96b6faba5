# Header-only libraries from Debian, each exposed through a folder of its own (a symlink in the
# build tree) so the WebAssembly build never sees all of /usr/include. Dear ImGui is built from
# Debian's source package, unpacked by tools/setup.sh.
set(_third_party_include "${CMAKE_BINARY_DIR}/third_party/include")
file(MAKE_DIRECTORY "${_third_party_include}")
foreach(_pair "tl=/usr/include/tl" "nlohmann=/usr/include/nlohmann")
  string(REPLACE "=" ";" _parts "${_pair}")
  list(GET _parts 0 _name)
  list(GET _parts 1 _target)
  if(NOT EXISTS "${_target}")
    message(FATAL_ERROR "${_target} is missing: run tools/setup.sh")
  endif()
  if(NOT EXISTS "${_third_party_include}/${_name}")
    file(CREATE_LINK "${_target}" "${_third_party_include}/${_name}" SYMBOLIC)
  endif()
endforeach()

add_library(expected_headers INTERFACE)
target_include_directories(expected_headers SYSTEM INTERFACE "${_third_party_include}")
target_compile_definitions(expected_headers INTERFACE TL_EXPECTED_EXCEPTIONS_ENABLED=0)

add_library(json_headers INTERFACE)
target_include_directories(json_headers SYSTEM INTERFACE "${_third_party_include}")
# The core and the wire layer run with exceptions off in the browser: the same everywhere.
target_compile_definitions(json_headers INTERFACE JSON_NOEXCEPTION=1)
