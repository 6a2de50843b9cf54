import unicodedata
from urllib.parse import quote

import pytest

from crawler.urls import canonical_url, url_key


@pytest.mark.parametrize(
    "variant",
    [
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html",
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html?print=1",
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html?utm_source=zalo&utm_medium=share",
        "https://LienMinhHTX.ThaiBinh.gov.vn:443/tin-tuc-su-kien/ke-hoach-12.html#binh-luan",
        "http://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html/",
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html?fbclid=IwAR0x",
    ],
)
def test_variants_share_one_key(variant):
    assert url_key(variant) == "lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html"


def test_query_order_does_not_matter_but_content_params_do():
    a = url_key("http://x.vn/index.php?language=vi&nv=news&op=tin-tuc/a-1.html")
    b = url_key("http://x.vn/index.php?op=tin-tuc/a-1.html&nv=news&language=vi")
    c = url_key("http://x.vn/index.php?op=tin-tuc/a-2.html&nv=news&language=vi")
    assert a == b != c
    assert url_key("http://x.vn/Pages/chi-tiet.aspx?ItemID=5") != url_key("http://x.vn/Pages/chi-tiet.aspx?ItemID=6")


def test_canonical_keeps_site_encoding_but_key_is_nfc():
    nfd = "https://x.vn/2024/03/29/" + quote(unicodedata.normalize("NFD", "hợp-tác-xã")) + "/"
    nfc = "https://x.vn/2024/03/29/" + quote("hợp-tác-xã") + "/"
    assert canonical_url(nfd) == nfd  # the address the server answers to
    assert url_key(nfd) == url_key(nfc)


def test_canonical_drops_tracking_and_fragment_keeps_slash():
    assert canonical_url("https://x.vn/a/b/?utm_campaign=x&id=3#top") == "https://x.vn/a/b/?id=3"
    assert canonical_url("/a.html?print=1", base="http://x.vn:8080/b/") == "http://x.vn:8080/a.html"
