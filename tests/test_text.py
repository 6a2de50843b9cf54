"""crawler.text: folding (no diacritics, lower case) as every matcher of the crawl reads text."""

import unicodedata

from crawler.text import fold


def _by_definition(s: str) -> str:
    decomposed = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def test_fold_vietnamese():
    assert fold("Liên minh Hợp tác xã tỉnh ĐẮK NÔNG: Đại hội") == "lien minh hop tac xa tinh dak nong: dai hoi"


def test_fold_strips_every_combining_mark_as_unicode_defines_them():
    # every character of the Basic Multilingual Plane, a run of each script's marks, and the
    # marks beyond it (musical notation, Brahmi) beside emoji
    bmp = "".join(chr(cp) for cp in range(0x20, 0x10000) if not 0xD800 <= cp < 0xE000)
    samples = [bmp, "क़िताब حَرَكَة שָׁלוֹם ﬁ x\u0301y", "Ảnh 📷 \U0001D165\U0001D167 \U00011046 đẹp", ""]
    for s in samples:
        assert fold(s) == _by_definition(s)
