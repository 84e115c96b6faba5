// The server ends a connection whose body it refuses to read (http/connection_closer.h), so a test
// client may still be sending when the socket closes. A write to it then fails with EPIPE; without
// this, the kernel's SIGPIPE would end the whole test binary instead. Set before main() runs.
#include <csignal>

namespace {

const bool kSigpipeIgnored = std::signal(SIGPIPE, SIG_IGN) != SIG_ERR;

}  // namespace
