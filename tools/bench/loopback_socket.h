// A TCP connection to a server on 127.0.0.1 from a chosen loopback address: to the server each
// 127.x.y.z is another client (the attackers of the benches come from their own addresses).
#pragma once

namespace optagelse::bench {

// The connected socket, or -1.
int ConnectFrom(const char* from, int port);

}  // namespace optagelse::bench
