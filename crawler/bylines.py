"""What signs an article: a person's name or an office, as portals print it at the end of a
text ("Vũ Hùng, Phòng Tuyên truyền", "Lê Huy", "Phòng Tư vấn hỗ trợ"). Extraction reads the
author from it; the site profile keeps such a line in the text although it recurs."""

from __future__ import annotations

import re

# Signed by an office rather than a person: "Phòng Tư vấn hỗ trợ", "Văn phòng Liên minh HTX tỉnh",
# "Nhóm phóng viên".
_WRITERS_TEAM = r"Nhóm\s+(phóng\s+viên|PV|tác\s+giả)\b"
ORG_BYLINE = re.compile(r"^(?:(Văn\s+phòng|Phòng|Ban|Trung\s+tâm|Chi\s+cục|Liên\s+minh\s+(HTX|Hợp\s+tác\s+xã)|Bộ\s+phận)\s+[A-ZĐÀ-Ỹ]"
                        rf"|{_WRITERS_TEAM}"
                        # a publication's desk, however written ("Ban biên tập Sổ tay HTX", "Tòa soạn Báo …")
                        r"|(?i:ban\s+biên\s+tập|toà\s+soạn|tòa\s+soạn)\s+\w)")
# "Name, office", "Name - office", "Name (office)": the name comes first.
_NAME_END = re.compile(r",\s+|\s+[-–]\s+|\s*\(")


# The accounts a CMS posts under, which its templates print as the author ("Đăng bởi: admin",
# Joomla's "Viết bởi Super User" and its microdata, "Admin LMHTX", Magento's "Quản trị OCOP"): nobody's name.
_ACCOUNT = re.compile(r"(?i)^((?:\w+\s+)?super\s*user|admin(istrator)?(\s+[\w.]+)?|quản\s*trị(\s+viên)?(\s+[\w.]+)?|quan\s*tri(\s*vien)?|webmaster"
                      r"|editor|biên\s*tập\s*viên|user\s*\d*|root|system"
                      # the desk that publishes everything, not a writer
                      r"|ban\s+biên\s+tập|bbt|tòa\s+soạn|toà\s+soạn|ban\s+quản\s+trị)$"
                      # the software itself, which a template names as the author (<meta name=author
                      # content="October CMS">): a product, nobody's name
                      # (its makers too: Discuz's "Discuz! Team and Comsenz UI Team")
                      r"|^.*\b(cms|team)\b.*$|^(wordpress|joomla!?|drupal|wix|squarespace|webflow|hubspot|blogger|ghost|"
                      r"sitefinity|umbraco|kentico|liferay|dotnetnuke|dnn|plone|typo3|magnolia|statamic|processwire|grav|"
                      r"modx|contao|silverstripe|bitrix|odoo|discuz!?|duda|jimdo|weebly|tilda|ladipage|strikingly|framer|mobirise|"
                      r"orchard(\s+core)?|mojoportal|nukeviet|haravan|sapo)(\s+[\d.]+)?$")


# A login in small letters ("htxhagiang", "bantin_ld2"), as a blog host's JSON-LD names the
# blog's owner: nobody's name (a person's is two words or more, capitalised)
_LOGIN = re.compile(r"(?=[^\W\d_]*[a-z])[a-z0-9][a-z0-9._-]{2,}")


def is_account(name: str) -> bool:
    name = name.strip(" .")
    return bool(_ACCOUNT.match(name) or _LOGIN.fullmatch(name.removeprefix("@")))


def signer_part(line: str) -> str:
    """The part of a byline before its office or note: "Vũ Hùng" of "Vũ Hùng, Phòng Tuyên truyền"."""
    return _NAME_END.split(line, maxsplit=1)[0].strip()


# A note in brackets after the name: a role ("Minh Đức (thực hiện)", "Hà Anh (tổng hợp)") or an
# office ("Ngọc Lân (Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Bình Thuận)").
_NOTE = re.compile(r"\s*\(([^()]+)\)\s*$")


def without_note(name: str) -> str:
    """The name without what is noted in brackets after it (a role, an office, a forum's "(IP đã
    ghi)"); a media outlet there stays ("Hoàng Vũ (Báo Cà Mau)", "(TTXVN)": its reporter, as the
    byline says)."""
    m = _NOTE.search(name)
    if m is None:
        return name
    note = m.group(1).strip()
    return name if _MEDIA_NAME.match(note) or _OUTLET_INITIALS.fullmatch(note) else name[:m.start()].rstrip()


_OUTLET_INITIALS = re.compile(r"[A-ZĐ]{2,8}")  # "TTXVN", "VOV", "QĐND"


# What a byline may set after its writer's name: the office, desk or body the writer works for
# ("Thu Trang - Văn phòng", "Vũ Hùng, Phòng Tuyên truyền", "Vũ Anh Liệu - Chi bộ Liên minh HTX tỉnh",
# "Trần Văn Khải - Chi cục Trồng trọt và Bảo vệ thực vật").
# (and the paper the writer works for: "Thu Phương - Báo Tuyên Quang" is Thu Phương's, as the
# blind builders of sets 25 and 29 read it)
_AFFILIATION = re.compile(r"^(?:Văn\s+phòng|Phòng|Ban|Trung\s+tâm|Chi\s+cục|Cục|Chi\s+bộ|Đảng\s+bộ|Công\s+đoàn|Liên\s+minh|Bộ\s+phận|Sở|Quỹ"
                          r"|Báo|Tạp\s+chí|Đài|TTXVN|Thông\s+tấn\s+xã"
                          # or the writer's post there ("Nguyễn Thanh Bình - Phó Chủ tịch Liên minh HTX thành phố")
                          r"|(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Trưởng\s+(?:phòng|ban)|Chánh\s+văn\s+phòng)|Chuyên\s+viên)\b")


def without_office(name: str) -> str:
    """The writer's name without the office the byline sets after it: "Thu Trang" of "Thu Trang -
    Văn phòng", "Hoàng Vũ" of "Hoàng Vũ - Báo Cà Mau" (the office, the paper stay in the text's closing
    line). Two writers ("Ngọc Hân - Quốc Việt") stay as they are."""
    parts = _NAME_END.split(name, maxsplit=1)
    if len(parts) != 2 or name[len(parts[0]):].lstrip().startswith("("):
        return name
    person, rest = parts[0].strip(), parts[1].strip()
    words = person.split()
    if _AFFILIATION.match(rest) and 2 <= len(words) <= 5 and all(w[:1].isupper() for w in words) and not is_office(person):
        return person
    return name


# a paper named alone where a writer would be ("Tác giả: Báo Trà Vinh", a photo's field); in brackets
# after a name it is the writer's paper, and stays (`without_note`)
_MEDIA_NAME = re.compile(r"^(?:Báo|Tạp\s+chí|Đài)\s+[A-ZĐÀ-Ỹ]")


def is_office(name: str) -> bool:
    return bool(ORG_BYLINE.match(name) or _MEDIA_NAME.match(name)) and len(name.split()) <= 8


def is_desk(name: str) -> bool:
    """An office signing a text, the publisher's desk: no writer. A team of reporters ("Nhóm phóng
    viên") is its writers."""
    head = _NAME_END.split(name, maxsplit=1)[0]  # ("Ban Kinh tế - Liên minh HTX thành phố": the desk, its body)
    return (is_office(name) or is_office(head)) and not re.match(_WRITERS_TEAM, name)


# The family names most Vietnamese carry (some ninety in a hundred bear the first dozen)
_SURNAMES = frozenset("""Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào Lương Mai Trịnh
    Đoàn Cao Lâm Tạ Hà Chu Tô Thái Kiều Lưu Vương Trương Quách Triệu Lục Nông Hứa Tăng Khúc Lò Bế Hầu Giàng Sùng Thào
    Quàng Lèo Tôn Thân Doãn Nghiêm Phùng Từ Đàm Âu Bạch Mạc Kim Ninh Châu Khổng Tống Ông Lại Giáp Diệp""".split())


def uninverted(name: str) -> str:
    """A name a catalogue wrote family name first with a comma ("Lê, Văn Hùng", DSpace's and
    library records' form), as it is written: "Lê Văn Hùng". Any other name as it is."""
    family, sep, given = name.partition(",")
    words = given.split()
    if sep and family.strip() in _SURNAMES and 1 <= len(words) <= 3 and all(w[:1].isupper() for w in words):
        return f"{family.strip()} {' '.join(words)}"
    return name


def is_full_name(name: str) -> bool:
    """A person's full name as Vietnamese write it: three to five capitalised words after a family
    name ("Vũ Thị Hòa"), where a template sets it beside a date with no label to say it is one."""
    words = name.split()
    return 3 <= len(words) <= 5 and words[0] in _SURNAMES and all(w[:1].isupper() for w in words) \
        and not is_office(name)


def is_signer(name: str) -> bool:
    """An office, or a capitalised name of two to five words."""
    words = name.split()
    return is_office(name) or (2 <= len(words) <= 5 and all(w[:1].isupper() for w in words))
