"""Real servers for tests that need more than one process: gunicorn on the test
database and redis-server, each on a free loopback port, stopped afterwards."""

import email
import email.policy
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from contextlib import contextmanager, suppress
from pathlib import Path

from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
REDIS_SERVER = "/usr/bin/redis-server"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url() -> str:
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    return (
        f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}"
        f":{db['PORT'] or 5432}/{db['NAME']}"
    )


def _wait_for(check, process, what):
    deadline = time.monotonic() + 40
    while True:
        try:
            check()
            return
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                output = process.stderr.read().decode()[-2000:] if process.stderr else ""
                raise RuntimeError(f"{what} did not start: {output}") from None
            time.sleep(0.3)


@contextmanager
def gunicorn(workers=2, **environment):
    """The portal served by gunicorn with ``workers`` processes, against the test database."""
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": database_url(),
        **environment,
    }
    process = subprocess.Popen(
        [
            str(Path(sys.executable).with_name("gunicorn")),
            "portal.wsgi",
            "--bind",
            f"127.0.0.1:{port}",
            "--workers",
            str(workers),
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    _wait_for(lambda: urllib.request.urlopen(f"{url}/healthz", timeout=2), process, "gunicorn")  # noqa: S310
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=15)


def redis_available() -> bool:
    return Path(REDIS_SERVER).exists() or shutil.which("redis-server") is not None


@contextmanager
def redis_server():
    """A throwaway redis-server: no persistence, loopback only."""
    port = free_port()
    process = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1"]
        + ["--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )

    def ping():
        with socket.create_connection(("127.0.0.1", port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            if not sock.recv(16).startswith(b"+PONG"):
                raise OSError("no PONG")

    _wait_for(ping, process, "redis-server")
    try:
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


class RestartableRedis:
    """A redis-server that can be stopped and started again on the same port, keeping
    its data across the stop (saved to a dump file, as Debian's Redis does), the way a
    Redis host that went away for a while comes back."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self._workdir = Path(tempfile.mkdtemp(prefix="portal-redis-"))
        self._process = None

    def _ping(self):
        with socket.create_connection(("127.0.0.1", self.port), timeout=1) as sock:
            sock.sendall(b"PING\r\n")
            if not sock.recv(16).startswith(b"+PONG"):
                raise OSError("no PONG")

    def start(self):
        self._process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1"]
            + ["--dir", str(self._workdir), "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        _wait_for(self._ping, self._process, "redis-server")

    def stop(self):
        """Save the data and stop; connections are refused until ``start``."""
        with socket.create_connection(("127.0.0.1", self.port), timeout=5) as sock:
            sock.sendall(b"SHUTDOWN SAVE\r\n")
            sock.recv(16)
        self._process.wait(timeout=10)

    def close(self):
        if self._process is not None and self._process.poll() is None:
            self._process.terminate()
            self._process.wait(timeout=10)
        shutil.rmtree(self._workdir, ignore_errors=True)


@contextmanager
def restartable_redis():
    redis = RestartableRedis()
    redis.start()
    try:
        yield redis
    finally:
        redis.close()


class ReceivedMail:
    """What a local SMTP server received: parsed messages, in arrival order."""

    def __init__(self):
        self.messages: list[email.message.EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        message["X-Envelope-To"] = ", ".join(envelope.rcpt_tos)
        self.messages.append(message)
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list[email.message.EmailMessage]:
        return [m for m in self.messages if address in m["X-Envelope-To"]]

    @staticmethod
    def text(message) -> str:
        """The plain-text body, decoded."""
        part = message.get_body(preferencelist=("plain",)) or message.get_body()
        return part.get_content() if part else ""


@contextmanager
def smtp_server():
    """A real SMTP server on a free loopback port (aiosmtpd), and the settings that
    point Django's SMTP backend at it: ``with smtp_server() as (mail, email_settings)``,
    then ``override_settings(**email_settings)`` or pass them to a child server."""
    from aiosmtpd.controller import Controller

    received = ReceivedMail()
    port = free_port()
    controller = Controller(received, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield (
            received,
            {
                "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "EMAIL_HOST": "127.0.0.1",
                "EMAIL_PORT": port,
                "EMAIL_USE_TLS": False,
                "EMAIL_HOST_USER": "",
                "EMAIL_HOST_PASSWORD": "",
            },
        )
    finally:
        controller.stop()


VARNISHD = "/usr/sbin/varnishd"
VARNISHADM = "/usr/bin/varnishadm"
VARNISHSTAT = "/usr/bin/varnishstat"
VCL = ROOT / "deploy" / "varnish" / "portal.vcl"


def varnish_available() -> bool:
    return Path(VARNISHD).exists()


class Varnish:
    """A throwaway varnishd running the shipped VCL (deploy/varnish/portal.vcl) in front
    of ``backend_url``, allowing PURGE from ``purgers``."""

    def __init__(self, backend_url: str, purgers: tuple[str, ...]):
        self._backend = urllib.parse.urlsplit(backend_url)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._workdir = Path(tempfile.mkdtemp(prefix="portal-varnish-"))
        # varnishd started as root reads its files as its own unprivileged user.
        self._workdir.chmod(0o755)
        self._vcl_loads = 0
        self._write_vcl(purgers)
        self._process = subprocess.Popen(
            [VARNISHD, "-F", "-n", str(self._workdir / "state"), "-a", f"127.0.0.1:{self.port}"]
            + ["-f", str(self._workdir / "portal.vcl"), "-s", "malloc,64m"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        _wait_for(
            lambda: socket.create_connection(("127.0.0.1", self.port), timeout=1).close(),
            self._process,
            "varnishd",
        )

    def _write_vcl(self, purgers):
        vcl = VCL.read_text()
        vcl = vcl.replace('.host = "127.0.0.1";', f'.host = "{self._backend.hostname}";')
        vcl = vcl.replace('.port = "8000";', f'.port = "{self._backend.port}";')
        acl = "".join(f'    "{address}";\n' for address in purgers)
        vcl = vcl.replace('    "127.0.0.1";\n    "::1";\n', acl)
        (self._workdir / "portal.vcl").write_text(vcl)

    def allow_purges_from(self, purgers: tuple[str, ...]):
        """Change the ``purgers`` ACL the way an operator does: edit the VCL and load it
        into the running varnishd (``varnishreload``), which keeps what it has stored."""
        self._write_vcl(purgers)
        self._vcl_loads += 1
        name = f"reloaded{self._vcl_loads}"
        for command in (["vcl.load", name, str(self._workdir / "portal.vcl")], ["vcl.use", name]):
            subprocess.run(
                [VARNISHADM, "-n", str(self._workdir / "state"), *command],
                check=True,
                capture_output=True,
                timeout=30,
            )

    def counters(self, *names: str) -> dict[str, int]:
        """Varnish's own counters (``varnishstat``), e.g. ``MAIN.cache_hit``."""
        output = subprocess.run(
            [VARNISHSTAT, "-n", str(self._workdir / "state"), "-1", "-j"]
            + [argument for name in names for argument in ("-f", name)],
            check=True,
            capture_output=True,
            timeout=30,
        ).stdout
        counters = json.loads(output).get("counters", {})
        return {name: int(counters.get(name, {}).get("value", 0)) for name in names}

    def stop(self):
        self._process.terminate()
        self._process.wait(timeout=15)
        shutil.rmtree(self._workdir, ignore_errors=True)


@contextmanager
def varnish_server(backend_url: str, purgers: tuple[str, ...] = ("127.0.0.1", "::1")):
    server = Varnish(backend_url, purgers)
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def varnish(backend_url: str, purgers: tuple[str, ...] = ("127.0.0.1", "::1")):
    """The shipped VCL in a throwaway varnishd (``Varnish``); yields the front cache's URL."""
    with varnish_server(backend_url, purgers) as server:
        yield server.url


def redis_caches(url: str) -> dict:
    """The CACHES setting ``REDIS_URL=url`` gives (portal/settings/base.py)."""
    redis = {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": url,
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        },
    }
    return {
        "default": {**redis, "KEY_PREFIX": "portal"},
        "ratelimit": {**redis, "KEY_PREFIX": "portal-ratelimit"},
        "pages": {**redis, "KEY_PREFIX": "portal-pages"},
        "purge_debt": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "portal_purge_debt",
        },
    }


def raw_request(base_url, path, host, method="GET", body=None, headers=None):
    """One HTTP request exactly as given (path untouched, ``Host`` set by hand), as a
    front cache or an attacker sends it; returns status, headers and the text."""
    parts = urllib.parse.urlsplit(base_url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request(method, path, body=body, headers={"Host": host, **(headers or {})})
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    finally:
        connection.close()


def site_host() -> str:
    """The default Wagtail site's ``Host`` header (its port only when not 80)."""
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    return site.hostname if site.port == 80 else f"{site.hostname}:{site.port}"


class NetworkPath:
    """The network between the portal and a server, on a loopback port of its own, that
    can go down and come back: while ``cut`` connections are refused, while ``hung``
    they are accepted and never answered (a server or firewall that drops packets)."""

    def __init__(self, target_url: str | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.target = None
        self._listener = None
        self._mode = "cut"
        self._held: list[socket.socket] = []
        if target_url:
            self.restore(target_url)

    def restore(self, target_url: str | None = None):
        """Forward connections to the target again (or, the first time, to ``target_url``)."""
        if target_url:
            parts = urllib.parse.urlsplit(target_url)
            self.target = (parts.hostname, parts.port)
        self._mode = "open"
        self._listen()

    def hang(self):
        self._mode = "hung"
        self._listen()

    def cut(self):
        self._mode = "cut"
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self._drop_held()

    close = cut

    def _drop_held(self):
        for held in self._held:
            held.close()
        self._held.clear()

    def _listen(self):
        if self._mode != "hung":
            self._drop_held()
        if self._listener is not None:
            return
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(16)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener):
        # Polled: a close() from another thread does not wake a blocked accept().
        listener.settimeout(0.1)
        while self._listener is listener:
            try:
                client, _address = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return  # cut
            if self._mode == "hung":
                self._held.append(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=_pump, args=(source, sink), daemon=True).start()


def _pump(source, sink):
    try:
        while chunk := source.recv(65536):
            sink.sendall(chunk)
    except OSError:
        pass
    finally:
        for end in (source, sink):
            with suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()


@contextmanager
def network_path():
    path = NetworkPath()
    try:
        yield path
    finally:
        path.cut()
