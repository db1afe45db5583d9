"""Station staff: PINs kept as slow salted hashes, lockout after repeated failures, calls for help."""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from datetime import timedelta

from sqlalchemy import select

from kiosk.domain.ids import new_id
from kiosk.domain.messages import UserError, define, msg
from kiosk.domain.validation import validate_name
from kiosk.ops.context import Changes, OpContext
from kiosk.store.models import StaffCall, StaffUser

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=5)
_SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}

E_PIN_FORMAT = define("staff.pin_format", "A PIN is 4 to 8 digits.", "密码为 4 到 8 位数字。")
E_PIN_WRONG = define(
    "staff.pin_wrong",
    "Wrong PIN. {left} tries left before staff mode locks for 5 minutes.",
    "密码不对。再错 {left} 次将锁定 5 分钟。",
)
E_LOCKED = define(
    "staff.locked",
    "Too many wrong PINs. Staff mode is locked until {until}. Ask the station manager if you forgot the PIN.",
    "密码错误次数过多，员工模式锁定到 {until}。忘记密码请联系站长。",
)
E_NO_STAFF = define("staff.unknown", "No such staff member. Pick a name from the list.", "没有这位工作人员，请从列表中选择。")
E_STAFF_EXISTS = define("staff.exists", "{name} is already a staff member. To give them a new PIN, use --reset-pin.",
                        "{name} 已经是工作人员。要重设密码，请加 --reset-pin。")
M_STAFF_ADDED = define("staff.added", "Staff member {name} added.", "已添加工作人员 {name}。")
M_PIN_RESET = define("staff.pin_reset", "New PIN saved for {name}.", "{name} 的新密码已保存。")
M_STAFF_REMOVED = define("staff.removed", "{name} is no longer a staff member.", "{name} 已不再是工作人员。")
M_WELCOME = define("staff.welcome", "Welcome, {name}.", "{name}，您好。")
M_CALLED = define("staff.called", "Staff have been called and will come to you shortly.", "已呼叫工作人员，请稍候。")


def hash_pin(pin: str, salt: bytes | None = None) -> str:
    salt = salt or os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, **_SCRYPT)
    return "scrypt$" + base64.b64encode(salt).decode() + "$" + base64.b64encode(digest).decode()


def pin_matches(pin: str, stored: str) -> bool:
    try:
        _, salt_b64, digest_b64 = stored.split("$")
        salt, digest = base64.b64decode(salt_b64), base64.b64decode(digest_b64)
    except ValueError:
        return False
    return hmac.compare_digest(hashlib.scrypt(pin.encode(), salt=salt, **_SCRYPT), digest)


def _check_format(pin: str) -> None:
    if not (pin.isdigit() and pin.isascii() and 4 <= len(pin) <= 8):
        raise UserError(msg(E_PIN_FORMAT), "pin")


def _find(ctx: OpContext, name: str) -> StaffUser | None:
    return ctx.session.scalar(select(StaffUser).where(StaffUser.name == name))


def add_staff(ctx: OpContext, name: str, pin: str) -> Changes:
    """Create a staff member (a name as on the ID card, the same rules as a worker's); an existing name is refused."""
    name = validate_name(name)
    _check_format(pin)
    if _find(ctx, name) is not None:
        raise UserError(msg(E_STAFF_EXISTS, name=name), "name")
    user = StaffUser(id=new_id(), name=name, pin_hash=hash_pin(pin), failed_attempts=0,
                     created_at=ctx.now, updated_at=ctx.now)
    ctx.session.add(user)
    return Changes("staff.saved", user.id, frozenset({"staff"}), {"name": name}, msg(M_STAFF_ADDED, name=name))


def reset_staff_pin(ctx: OpContext, name: str, pin: str) -> Changes:
    """Give an existing staff member a new PIN (forgotten, or someone saw it); this also lifts a lockout."""
    _check_format(pin)
    user = _find(ctx, name.strip())
    if user is None:
        raise UserError(msg(E_NO_STAFF), "name")
    user.pin_hash, user.failed_attempts, user.locked_until, user.updated_at = hash_pin(pin), 0, None, ctx.now
    return Changes("staff.saved", user.id, frozenset({"staff"}), {"name": user.name},
                   msg(M_PIN_RESET, name=user.name))


def remove_staff(ctx: OpContext, name: str) -> Changes:
    """Take a staff member off the list: their PIN no longer opens staff mode."""
    user = _find(ctx, name.strip())
    if user is None:
        raise UserError(msg(E_NO_STAFF), "name")
    ctx.session.delete(user)
    return Changes("staff.removed", user.id, frozenset({"staff"}), {"name": user.name},
                   msg(M_STAFF_REMOVED, name=user.name))


def staff_list(session, now) -> list[dict]:
    """Every staff member: name, when added, locked or not. Never a PIN or its hash."""
    users = session.scalars(select(StaffUser).order_by(StaffUser.created_at, StaffUser.name))
    return [{"name": u.name, "created_at": u.created_at,
             "locked_until": u.locked_until if u.locked_until and u.locked_until > now else None} for u in users]


def staff_login(ctx: OpContext, name: str, pin: str) -> Changes:
    """Check a staff PIN; after MAX_FAILURES wrong PINs in a row, refuse everything for LOCKOUT."""
    user = ctx.session.scalar(select(StaffUser).where(StaffUser.name == name))
    if user is None:
        raise UserError(msg(E_NO_STAFF), "name")
    if user.locked_until and user.locked_until > ctx.now:
        raise UserError(msg(E_LOCKED, until=f"{user.locked_until:%H:%M}"), "pin")
    if not pin_matches(pin, user.pin_hash):
        user.failed_attempts += 1
        if user.failed_attempts >= MAX_FAILURES:
            user.failed_attempts = 0
            user.locked_until = ctx.now + LOCKOUT
            # the failed count must survive the error: commit it by returning, not raising
            return Changes("staff.locked", user.id, frozenset({"staff"}), {"ok": False},
                           msg(E_LOCKED, until=f"{user.locked_until:%H:%M}"))
        return Changes("staff.pin_wrong", user.id, frozenset({"staff"}), {"ok": False},
                       msg(E_PIN_WRONG, left=MAX_FAILURES - user.failed_attempts))
    user.failed_attempts = 0
    user.locked_until = None
    return Changes("staff.login", user.id, frozenset(), {"ok": True, "name": user.name}, msg(M_WELCOME, name=user.name))


def call_staff(ctx: OpContext, worker_id: str | None = None, reason: str = "help") -> Changes:
    call = StaffCall(id=new_id(), reason=reason[:40], worker_id=worker_id, created_at=ctx.now)
    ctx.session.add(call)
    return Changes("staff.called", call.id, frozenset({"staff_call"}), {}, msg(M_CALLED))


def answer_staff_call(ctx: OpContext, call_id: str) -> Changes:
    call = ctx.session.get(StaffCall, call_id)
    if call is not None and call.answered_at is None:
        call.answered_at = ctx.now
    return Changes("staff.call_answered", call_id, frozenset({"staff_call"}))
