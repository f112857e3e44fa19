"""Who runs a job: an owner id and a lease, so one job never runs in two places at once.

Two runners of one job would each batch the same rows; without deduplication (Unicommerce,
SellerCenter) the marketplace would apply them twice. A runner renews its lease while it
works; a crashed one is recognised at once on this computer, elsewhere when its lease ends.
"""

from __future__ import annotations

import os
import socket
import uuid

LEASE_SECONDS = 60.0


def new_owner() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def owner_is_gone(owner: str) -> bool:
    """True when the owner was a process on this computer that no longer exists."""
    host, _, rest = owner.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit() or os.name == "nt":
        return False  # unknown: trust the lease (os.kill(pid, 0) would end a Windows process)
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False
