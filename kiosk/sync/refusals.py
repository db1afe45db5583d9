"""What the station says when the central server refuses a request.

The server's refusal codes (docs/sync.md §1) each have a catalogue message in both languages, saying what to
do. The server's own sentence is English: it is shown only for a code this version does not know, and only in
the English half, so the Chinese half is Chinese from end to end.
"""

from __future__ import annotations

from kiosk.domain.messages import Msg, define, msg

E_CODE_REFUSED = define(
    "sync.enrolment_refused",
    "The enrolment code was not accepted ({status} {reason}): it was used already, it expired (codes are valid "
    "14 days) or it was mistyped. Ask the market office for a new code (kiosk-central station add NAME) and run "
    "kiosk enroll again.",
    "注册码无效（{status} {reason}）：已经用过、已过期（有效期 14 天）或输错了。请向市场管理处要一个新的注册码"
    "（kiosk-central station add 站点名），再运行 kiosk enroll。",
)
E_UNAUTHENTICATED = define(
    "sync.unauthenticated",
    "The central server does not know this station's token ({status} {reason}): the station is not enrolled "
    "with this server, or its token was lost. Ask the market office for an enrolment code and run kiosk enroll.",
    "中心服务器不认识本站的凭证（{status} {reason}）：本站没有在这台服务器注册，或凭证丢失了。"
    "请向市场管理处要注册码，再运行 kiosk enroll。",
)
E_REVOKED = define(
    "sync.revoked",
    "The market office has revoked this station ({status} {reason}): it can no longer sync. Records stay here. "
    "Ask the market office for a new enrolment code and run kiosk enroll again.",
    "市场管理处已停用本站（{status} {reason}），本站不能再同步，记录仍保存在本机。"
    "请向市场管理处要新的注册码，再运行 kiosk enroll。",
)
E_WRONG_STATION = define(
    "sync.wrong_station",
    "The central server refused records sent in another station's name ({status} {reason}). Ask the market "
    "office to check this station's enrolment.",
    "中心服务器拒收以别的站点名义发送的记录（{status} {reason}）。请联系市场管理处核对本站的注册。",
)
E_OTHER_MARKET = define(
    "sync.other_market",
    "This station already belongs to another market's central server: its ID and phone look-ups are keyed for "
    "that market, and this server's key is different. Nothing was changed here. To move the station to this "
    "market on purpose, run kiosk enroll again with --force.",
    "本站已加入另一个市场的中心服务器，身份证号和手机号查重用的是那个市场的密钥，与这台服务器的不同。本站未做任何更改。"
    "如确要把本站转到这个市场，请加上 --force 重新运行 kiosk enroll。",
)
E_NOT_UNDERSTOOD = define(
    "sync.not_understood",
    "The central server could not take the request ({status} {reason}): this station's software and the "
    "server's may not match. Update the station or ask the market office.",
    "中心服务器无法处理本站的请求（{status} {reason}）：本站软件和服务器的版本可能不匹配。请更新本站软件或联系市场管理处。",
)
# a code this version does not know: the server's English sentence goes in the English half only ({text_zh} is "")
M_REFUSED = define("sync.refused", "The central server refused the request ({status} {reason}): {text_en}",
                   "中心服务器拒绝了请求（{status} {reason}）{text_zh}。")
M_STATION_REFUSED = define("sync.station_refused", "The central server does not accept this station ({status} "
                           "{reason}): {text_en}. Ask the market office.",
                           "中心服务器不接受本站（{status} {reason}）{text_zh}，请联系市场管理处。")

KNOWN = {
    "enrolment_refused": E_CODE_REFUSED, "unauthenticated": E_UNAUTHENTICATED, "station_revoked": E_REVOKED,
    "wrong_station": E_WRONG_STATION, "other_market": E_OTHER_MARKET, "invalid_request": E_NOT_UNDERSTOOD,
    "bad_cursor": E_NOT_UNDERSTOOD,
}


def refusal(status: int, code: str, text: str) -> Msg:
    """The message for a refusal the server answered with `status` and `code` (its English sentence `text`)."""
    known = KNOWN.get(code)
    if code == "enrolment_refused" and status != 403:  # 400: the request itself was wrong, not the code
        known = E_NOT_UNDERSTOOD
    if known is not None:
        return msg(known, status=status, reason=code)
    return msg(M_STATION_REFUSED if status in (401, 403) else M_REFUSED, status=status, reason=code, text_en=text,
               text_zh="")
