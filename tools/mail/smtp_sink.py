#!/usr/bin/python3
"""A local mail server for the tests and the benchmark: Debian's aiosmtpd on a loopback port,
delivering every message it accepts into a Maildir. It can answer slowly (--delay: seconds before
each DATA is answered), refuse recipients for good (--refuse-domain: 550 for that domain), and put
off the first deliveries (--tempfail N: 451 for the first N messages).

Prints "listening on PORT" once it accepts connections; stops on SIGTERM.
"""
import argparse
import asyncio
import mailbox
import signal

from aiosmtpd.smtp import SMTP


class MaildirHandler:
    def __init__(self, maildir, delay, refuse_domain, tempfail):
        self.maildir = mailbox.Maildir(maildir, create=True)
        self.delay = delay
        self.refuse_domain = refuse_domain
        self.tempfail = tempfail

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_domain and address.lower().endswith("@" + self.refuse_domain):
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        if self.delay > 0:
            await asyncio.sleep(self.delay)
        if self.tempfail > 0:
            self.tempfail -= 1
            return "451 4.3.0 Try again later"
        self.maildir.add(envelope.original_content or envelope.content)
        return "250 OK queued"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--maildir", required=True)
    parser.add_argument("--delay", type=float, default=0)
    parser.add_argument("--refuse-domain", default="")
    parser.add_argument("--tempfail", type=int, default=0)
    args = parser.parse_args()
    handler = MaildirHandler(args.maildir, args.delay, args.refuse_domain, args.tempfail)
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="localhost", decode_data=False, data_size_limit=1 << 20),
        host="127.0.0.1", port=args.port, reuse_address=True)
    port = server.sockets[0].getsockname()[1]
    print(f"listening on {port}", flush=True)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    await stop.wait()
    server.close()


if __name__ == "__main__":
    asyncio.run(main())
