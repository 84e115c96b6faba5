// Ends a connection once its answer is sent, for answers to requests whose body was not read (too
// large, chunked, two lengths): the unread bytes must never be parsed as the next request (request
// smuggling). Debian's cpp-httplib 0.11.4 keeps a connection alive whatever the answer says and
// gives a handler no socket, so a refusal marks its answer (MarkForClosing), and httplib's logger -
// called after the answer is written - finds the connection's socket by its addresses, ends it with
// a lingering close (the client still reads the answer) and swaps /dev/null in under it: httplib's
// next read fails and it closes the connection, so no byte after the answer is served.
#pragma once

#include <httplib.h>

namespace optagelse::http {

void MarkForClosing(httplib::Response& response);
// Installs the logger that closes marked connections (the server has no other logger).
void InstallConnectionCloser(httplib::Server& server);

}  // namespace optagelse::http
