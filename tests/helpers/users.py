"""The office's people in tests: their passphrases, a cheap hasher, a user made ready to work."""

from __future__ import annotations

from l4d_desktop.core.actor import Actor
from l4d_desktop.core.security.passwords import PasswordHasher
from l4d_desktop.core.services import Services

ADMIN_PASSWORD = "kesäkuun lumi sataa hiljaa"
HANDLER_PASSWORD = "punainen tupa ja perunamaa"
READER_PASSWORD = "kirjasto aukeaa aamulla yhdeksältä"


def cheap_hasher() -> PasswordHasher:
    """Real argon2id, cheaper parameters: the production ones are tested on their own."""
    return PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


def make_user(services: Services, admin: Actor, username: str, role: str, password: str) -> Actor:
    """A user of `role` who has already changed the initial password."""
    initial = password + " alku"
    services.users.create_user(admin, username, username.title(), role, initial)
    first = services.auth.login(username, initial)
    return services.auth.change_password(first, initial, password)
