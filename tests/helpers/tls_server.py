"""A server whose TLS certificate no workstation trusts: it answers PostgreSQL's SSLRequest
with "S" and completes a real TLS handshake with a self-signed certificate, so libpq's
verify-full check fails as it would against an impostor."""

from __future__ import annotations

import socket
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path


def self_signed(folder: Path, name: str) -> tuple[Path, Path]:
    """A certificate for localhost signed by itself, and its key."""
    cert, key = folder / f"{name}.crt", folder / f"{name}.key"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "1",
            "-subj",
            f"/CN={name}",
            "-addext",
            "subjectAltName=IP:127.0.0.1,DNS:localhost",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    return cert, key


@dataclass(frozen=True)
class ImpostorServer:
    port: int
    trusted_ca: Path  # the office's CA, which did not sign the impostor's certificate

    def address(self, database: str = "l4d", user: str = "l4d_app") -> str:
        return (
            f"postgresql://{user}@127.0.0.1:{self.port}/{database}"
            f"?sslmode=verify-full&sslrootcert={self.trusted_ca}"
        )


@contextmanager
def impostor_server(folder: Path) -> Iterator[ImpostorServer]:
    cert, key = self_signed(folder, "impostor")
    office_ca, _ = self_signed(folder, "office-ca")
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with conn, suppress(OSError, ssl.SSLError):
                conn.settimeout(5)
                conn.recv(8)  # the SSLRequest
                conn.sendall(b"S")
                with context.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield ImpostorServer(listener.getsockname()[1], office_ca)
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def refused_port() -> int:
    """A local port nothing listens on (taken and let go at once)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
