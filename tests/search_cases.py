"""Search cases every backend must pass (embedded SQLite FTS5 and Elasticsearch alike).

Plain data and two helpers, no backend-specific code:

    from tests import search_cases as sc
    sc.load(backend)                        # indexes CORPUS (search.base.to_document)
    for case in sc.CASES:
        sc.run_case(backend, case)          # raises AssertionError with the case name

CORPUS holds ~30 articles shaped like crawler.items (one of them, "vca-kg-tom", a syndicated
copy of "kg-tom": the same fingerprint, so both backends show them as one result) (url, canonical_url, site, province,
province_today, title, text, published, author, doc_number, fingerprint, language,
fetched_at, attachments). Articles are referred to by a short key ("dn-ocop"); `ID[key]`
is the document id. A case is (name, Query, expectation); an expectation is a dict of
checks (see `run_case`), every one of which must hold:

    {"ids": [...]}            the hits on the page are exactly these (any order)
    {"ids_in_order": [...]}   ... in this order
    {"prefix": [...]}         the hits start with these, in this order
    {"contains": [...]}       these are among the hits; {"excludes": [...]} these are not
    {"first": key}            the first hit
    {"above": ([a...], [b...])}  all present; every a ranks above every b
    {"total": n}, {"hits": n}  Results.total, number of hits on the page
    {"by_province": {...}}, {"by_province_today": {...}}, {"by_month": {...}}  exact facets
    {"date_order": True}      hits newest first, undated last
    {"same_as": Query(...)}   the same hits (in the same order) as another query
    {"marks": {key: [word, ...]}}  each word is inside a <mark> of that hit's snippet
    {"title_marks": {key: [word, ...]}}  ... of its title_html
    {"html": {key: [substring, ...]}}  substrings of the hit's title_html + snippet
    {"snippet_max": n}        no snippet is longer than n characters of text
    {"error": True}           search raises search.base.QueryError
    {"error_mentions": "x"}   ... whose message contains "x"
    {"notice": "x"}           one of Results.notices contains "x"; {"no_notice": True}: there is none
    {"by_site": {...}}        exact per-site facet
    {"copies": {key: [key...]}}  the hit's Hit.copies are these articles, in this order
    {"check": fn}             fn(backend, results) asserts anything else

Every case also checks that every snippet and title_html is HTML-safe: crawled text
escaped, no tag but <mark>…</mark>.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from datetime import date
from typing import Any

from search.base import MAX_PAGE_SIZE, MAX_QUERY_CHARS, Query, QueryError, doc_id, to_document


def _nfd(s: str) -> str:
    return unicodedata.normalize("NFD", s)


def _article(key: str, province: str, today: str, published: str | None, title: str, text: str,
             site: str | None = None, doc_number: str | None = None, attachment: str = "",
             author: str | None = None, copy_of: str | None = None) -> dict[str, Any]:
    site = site or province
    host = "vca.org.vn" if site == "vca" else f"lienminhhtx.{site.replace('-', '')}.gov.vn"
    url = f"https://{host}/tin-tuc/{key}.html"
    return {
        "key": key,
        "url": url,
        "canonical_url": url,
        "site": site,
        "province": province,
        "province_today": today,
        "title": title,
        "text": text,
        "published": published,
        "author": author,
        "doc_number": doc_number,
        "attachments": [{"url": url.replace(".html", ".pdf"), "type": "pdf", "text": attachment}] if attachment else [],
        "fingerprint": f"fp-{copy_of or key}",
        "language": "vi",
        "fetched_at": "2026-01-15T08:00:00+07:00",
    }


_PLAN = """I. MỤC ĐÍCH, YÊU CẦU
1. Mục đích.
Thực hiện Kế hoạch số 778/KH-LMHTXVN ngày 24/10/2022 của Ban Chấp hành Liên minh Hợp tác xã Việt Nam về tổ chức các hoạt động Kỷ niệm 30 năm ngày Thành lập Liên minh Hợp tác xã Việt Nam.
Tuyên truyền về truyền thống, khơi dậy lòng tự hào, tiếp tục phát huy, nêu cao tinh thần trách nhiệm, chủ động, đổi mới, sáng tạo của đội ngũ cán bộ, viên chức, người lao động trong hệ thống Liên minh.
2. Yêu cầu.
Các hoạt động tuyên truyền cần được tổ chức bằng nhiều hình thức phù hợp, có trọng tâm, trọng điểm, đảm bảo chất lượng, thiết thực, hiệu quả, tiết kiệm.
II. NỘI DUNG TUYÊN TRUYỀN
Quá trình hình thành, phát triển và những đóng góp của hệ thống Liên minh trong 30 năm qua."""

_CHIBO = """Chiều ngày 29/3/2024, tại Hội trường Liên minh Hợp tác xã tỉnh, Chi bộ Liên minh Hợp tác xã tỉnh tổ chức sinh hoạt chuyên đề, với chủ đề "Nâng cao hiệu quả công tác tuyên truyền kinh tế tập thể".
Mục đích sinh hoạt chuyên đề nhằm cụ thể hoá công tác tuyên truyền phát triển kinh tế tập thể theo Kế hoạch số 127/KH-UBND ngày 07/3/2023 của UBND tỉnh Đắk Nông về thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ, Chương trình hành động số 54-CTr/TU ngày 29/12/2022 của Tỉnh ủy Đắk Nông về thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm, Ban chấp hành Trung ương Đảng khóa XIII về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới.
Quang cảnh buổi sinh hoạt chuyên đề
Chi bộ giao tổ đảng Phòng Chính sách tuyên truyền phối hợp với các phòng chuyên môn xây dựng nội dung tuyên truyền trên Trang thông tin điện tử của đơn vị; đồng thời tham mưu tổ chức các lớp tập huấn, hội nghị chuyên đề về chính sách hỗ trợ phát triển kinh tế tập thể.
Tại buổi sinh hoạt, các đảng viên đã thảo luận, đóng góp nhiều ý kiến về giải pháp đổi mới nội dung, hình thức tuyên truyền, đưa chủ trương của Đảng, chính sách pháp luật của Nhà nước về kinh tế tập thể đến với thành viên, người lao động."""

CORPUS: list[dict[str, Any]] = [
    _article("dn-chibo", "dak-nong", "lam-dong", "2024-03-29T15:00:00+07:00",
             "Chi bộ Liên minh Hợp tác xã tổ chức sinh hoạt chuyên đề", _CHIBO, author="Vũ Hùng"),
    _article("dn-ocop", "dak-nong", "lam-dong", "2023-08-15T09:30:00+07:00",
             "Đắk Nông có thêm 25 sản phẩm OCOP đạt 3 sao",
             "Ngày 15/8, UBND tỉnh tổ chức đánh giá, phân hạng sản phẩm OCOP năm 2023. Trong số 25 sản phẩm "
             "đạt 3 sao có 14 sản phẩm của các HTX, chủ yếu là cà phê, hồ tiêu và mắc ca.\n"
             "Liên minh HTX tỉnh đề nghị các HTX tiếp tục đầu tư bao bì, truy xuất nguồn gốc."),
    _article("dn-taphuan", "dak-nong", "lam-dong", None,
             "Tập huấn nâng cao năng lực quản trị cho cán bộ HTX nông nghiệp",
             "Liên minh Hợp tác xã tỉnh Đắk Nông phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức "
             "lớp tập huấn cho 60 học viên là giám đốc, kế toán các hợp tác xã nông nghiệp trên địa bàn tỉnh."),
    _article("ld-caphe", "lam-dong", "lam-dong", "2025-09-10T10:00:00+07:00",
             "Lâm Đồng: hợp tác xã cà phê liên kết tiêu thụ sản phẩm",
             "Sau khi hợp nhất tỉnh, Liên minh Hợp tác xã tỉnh Lâm Đồng có hơn 1.500 hợp tác xã thành viên, "
             "trong đó nhiều hợp tác xã cà phê ở khu vực Đắk Nông (cũ) và Bảo Lộc.\n"
             "Các HTX đã ký hợp đồng liên kết tiêu thụ với doanh nghiệp xuất khẩu."),
    _article("ld-daihoi", "lam-dong", "lam-dong", "2025-07-15T08:00:00+07:00",
             "Lâm Đồng công bố quyết định thành lập Liên minh HTX tỉnh mới",
             "Ban Thường vụ Tỉnh ủy Lâm Đồng trao quyết định thành lập Liên minh HTX tỉnh trên cơ sở hợp nhất "
             "ba Liên minh cấp tỉnh."),
    _article("bt-thanhlong", "binh-thuan", "lam-dong", "2022-05-20T08:30:00+07:00",
             "HTX thanh long Hàm Thuận Bắc đạt chứng nhận VietGAP",
             "Hợp tác xã Dịch vụ nông nghiệp thanh long Hàm Thuận Bắc (Bình Thuận) vừa được cấp chứng nhận "
             "VietGAP cho 120 ha thanh long. Sản phẩm của HTX được xuất khẩu sang Trung Quốc và châu Âu."),
    _article("hn-tongket", "ha-nam", "ninh-binh", "2023-11-02T14:00:00+07:00",
             "Liên minh HTX tỉnh Hà Nam tổng kết phong trào thi đua",
             "Ngày 2/11, Liên minh HTX tỉnh Hà Nam tổ chức hội nghị tổng kết phong trào thi đua. Kinh tế "
             "tập thể của Hà Nam tiếp tục phát triển với 210 hợp tác xã đang hoạt động."),
    # Folded, "Hà Năm" is "ha nam": found by "ha nam", ranked after "Hà Nam" for "Hà Nam".
    _article("nb-hanam-lookalike", "ninh-binh", "ninh-binh", "2024-10-08T09:00:00+07:00",
             "Hợp tác xã Hà Năm ra mắt sản phẩm nấm sạch",
             "Hợp tác xã Hà Năm (huyện Yên Mô) vừa ra mắt sản phẩm nấm sò sạch. Mỗi ngày, Hà Năm cung cấp "
             "gần một tấn nấm cho bếp ăn các trường học trong huyện."),
    _article("nd-kttt", "nam-dinh", "ninh-binh", "2021-04-12T09:00:00+07:00",
             "Nam Định: phát triển kinh tế tập thể gắn với xây dựng nông thôn mới",
             "Tỉnh Nam Định hiện có 354 hợp tác xã nông nghiệp. Khu vực kinh tế tập thể đóng góp tích cực vào "
             "chương trình xây dựng nông thôn mới."),
    _article("nb-thidua", "ninh-binh", "ninh-binh", "2024-07-01T08:00:00+07:00",
             "Kinh tế tập thể gắn với tăng cường đoàn kết sáng tạo",
             "Thực hiện Hướng dẫn số 84/HD-MTTW-BTT ngày 16/5/2022 của Ban Thường trực Ủy ban Trung ương Mặt "
             "trận Tổ quốc Việt Nam, Liên minh HTX tỉnh Ninh Bình đã cụ thể hóa các nội dung, mục tiêu và "
             "triển khai sâu rộng trong các Khối thi đua HTX, doanh nghiệp thành viên."),
    _article("nb-hopnhat", "ninh-binh", "ninh-binh", "2025-08-20T16:00:00+07:00",
             "Ninh Bình kiện toàn Liên minh Hợp tác xã tỉnh sau hợp nhất",
             "Từ ngày 1/7/2025, tỉnh Ninh Bình mới được thành lập trên cơ sở hợp nhất ba tỉnh. Liên minh Hợp "
             "tác xã tỉnh Ninh Bình (mới) đã ra mắt Ban Chấp hành lâm thời."),
    _article("nb-dulich", "ninh-binh", "ninh-binh", "2016-09-09T09:00:00+07:00",
             "Tràng An: HTX đò du lịch phục vụ hơn một triệu lượt khách",
             "HTX dịch vụ du lịch Trường Yên có hơn 2.000 xã viên chèo đò đưa khách tham quan Tràng An."),
    _article("tb-kehoach", "thai-binh", "hung-yen", "2023-03-01T08:00:00+07:00",
             "Kế hoạch tuyên truyền Kỷ niệm 30 năm ngày thành lập Liên minh Hợp tác xã Việt Nam",
             "Số: 04/KH-LMHTX\nThái Bình, ngày 01 tháng 3 năm 2023\nLiên minh Hợp tác xã tỉnh Thái Bình ban "
             "hành Kế hoạch tuyên truyền Kỷ niệm 30 năm ngày thành lập Liên minh Hợp tác xã Việt Nam "
             "(29/10/1993 - 29/10/2023). Toàn văn kế hoạch trong tệp đính kèm.",
             doc_number="04/KH-LMHTX", attachment=_PLAN),
    _article("tb-phoihop", "thai-binh", "hung-yen", "2022-10-24T17:00:00+07:00",
             "Ban Tuyên giáo Tỉnh ủy và Liên minh HTX ký kết chương trình phối hợp",
             "Chiều 24/10, Ban Tuyên giáo Tỉnh ủy và Liên minh HTX tỉnh tổ chức Hội nghị ký kết chương trình "
             "phối hợp về tuyên truyền phát triển kinh tế tập thể giai đoạn 2022-2025. Các HTX thành viên sẽ "
             "được hỗ trợ quảng bá sản phẩm."),
    _article("hy-congnghecao", "hung-yen", "hung-yen", "2025-10-05T09:00:00+07:00",
             "Hưng Yên: HTX nông nghiệp ứng dụng công nghệ cao",
             "Nhiều HTX ở khu vực Thái Bình (cũ) đã đầu tư nhà màng, tưới nhỏ giọt. Ủy ban nhân dân tỉnh Hưng "
             "Yên hỗ trợ 50% kinh phí xây dựng nhà màng cho các hợp tác xã."),
    _article("vca-tuyentruyen", "vn", "vn", "2023-01-06T10:00:00+07:00",
             "Công tác tuyên truyền về kinh tế tập thể, hợp tác xã trở thành nhiệm vụ trọng tâm",
             "Ngày 6/1, Trung tâm Thông tin - Tuyên truyền tổ chức Hội nghị Tổng kết công tác năm 2022, phương "
             "hướng nhiệm vụ công tác năm 2023. Công tác tuyên truyền về kinh tế tập thể, hợp tác xã trở thành "
             "nhiệm vụ trọng tâm của Liên minh Hợp tác xã Việt Nam.", site="vca"),
    _article("vca-canhbao", "vn", "vn", "2024-05-10T11:00:00+07:00",
             "Cảnh báo website giả mạo <script>alert(1)</script> \"Liên minh\" & 'HTX'",
             "Liên minh Hợp tác xã Việt Nam cảnh báo: một số website giả mạo chèn mã <script>alert(1)</script> "
             "vào trang tin. Thấy dòng chữ \"Nhận hỗ trợ ngay\" & 'Đăng ký' thì không nhấp vào.\n"
             "<b>Không</b> cung cấp mật khẩu cho bất kỳ ai.", site="vca"),
    _article("vca-gioithieu", "vn", "vn", None,
             "Giới thiệu Liên minh Hợp tác xã Việt Nam",
             "Liên minh Hợp tác xã Việt Nam là tổ chức chính trị - xã hội và kinh tế, đại diện cho các hợp tác "
             "xã, liên hiệp hợp tác xã, tổ hợp tác.", site="vca"),
    # Crawled from a page in Unicode NFD (title and text).
    _article("qnam-nfd", "quang-nam", "da-nang", "2020-06-15T09:00:00+07:00",
             _nfd("Hợp tác xã Điện Phương mở rộng vùng rau hữu cơ"),
             _nfd("Hợp tác xã nông nghiệp Điện Phương (thị xã Điện Bàn, tỉnh Quảng Nam) mở rộng diện tích rau "
                  "hữu cơ lên 15 ha. Sản phẩm của hợp tác xã được bán tại các siêu thị ở Đà Nẵng.")),
    _article("qn-ocop", "quang-ninh", "quang-ninh", "2021-09-09T09:00:00+07:00",
             "Quảng Ninh: Chương trình Mỗi xã một sản phẩm nâng tầm đặc sản địa phương",
             "Sau 8 năm thực hiện Chương trình Mỗi xã một sản phẩm, Quảng Ninh có hơn 400 sản phẩm được công "
             "nhận, trong đó các hợp tác xã đóng vai trò chủ lực."),
    _article("cm-kttt", "ca-mau", "ca-mau", "2018-03-03T09:00:00+07:00",
             "Cà Mau đẩy mạnh phát triển KTTT",
             "Tỉnh ủy Cà Mau ban hành nghị quyết về phát triển KTTT đến năm 2025. Toàn tỉnh phấn đấu có thêm "
             "50 HTX thành lập mới mỗi năm."),
    _article("la-sach", "long-an", "tay-ninh", "2019-07-07T09:00:00+07:00",
             "HTX nông nghiệp sạch Tân Phú mở rộng liên kết",
             "Hợp tác xã nông nghiệp sạch Tân Phú (huyện Đức Hòa) liên kết với 80 hộ trồng rau theo tiêu chuẩn "
             "VietGAP."),
    # "nông nghiệp" and "sạch", never "nông nghiệp sạch".
    _article("ag-nuocsach", "an-giang", "an-giang", "2019-08-08T09:00:00+07:00",
             "Nước sạch về vùng sâu",
             "Công trình cấp nước sạch phục vụ 2.000 hộ dân vùng nông nghiệp của huyện Tri Tôn đã hoàn thành."),
    _article("hanoi-rau", "ha-noi", "ha-noi", "2019-12-01T09:00:00+07:00",
             "Hà Nội: HTX rau an toàn Văn Đức giữ vững thương hiệu",
             "Hợp tác xã rau an toàn Văn Đức (huyện Gia Lâm) cung cấp mỗi ngày 5 tấn rau cho thị trường Hà Nội."),
    _article("hue-thuythanh", "thua-thien-hue", "hue", "2017-05-05T09:00:00+07:00",
             "Thừa Thiên Huế: HTX Thủy Thanh phát triển du lịch cộng đồng",
             "Hợp tác xã Thủy Thanh (thị xã Hương Thủy) kết hợp sản xuất nông nghiệp với du lịch cộng đồng."),
    _article("kg-tom", "kien-giang", "an-giang", "2016-02-02T09:00:00+07:00",
             "HTX nuôi tôm Kiên Giang thu lãi lớn",
             "Mô hình tôm - lúa của HTX Thạnh Phú mang lại lợi nhuận 80 triệu đồng mỗi ha."),
    # The national portal republished it three days later: one result, "và 1 bản đăng lại".
    _article("vca-kg-tom", "vn", "vn", "2016-02-05T09:00:00+07:00",
             "HTX nuôi tôm Kiên Giang thu lãi lớn",
             "Mô hình tôm - lúa của HTX Thạnh Phú mang lại lợi nhuận 80 triệu đồng mỗi ha.", site="vca",
             copy_of="kg-tom"),
    _article("vp-luat", "vinh-phuc", "phu-tho", "2020-11-11T09:00:00+07:00",
             "Vĩnh Phúc tổng kết 5 năm thi hành Luật Hợp tác xã",
             "UBND tỉnh Vĩnh Phúc tổng kết 5 năm thi hành Luật Hợp tác xã năm 2012."),
    _article("bg-vaithieu", "bac-giang", "bac-ninh", "2022-06-06T09:00:00+07:00",
             "Bắc Giang: HTX bán vải thiều qua sàn thương mại điện tử",
             "Các HTX ở Lục Ngạn đã bán hơn 2.000 tấn vải thiều qua sàn thương mại điện tử."),
    _article("bd-vantai", "binh-duong", "ho-chi-minh", "2024-12-12T09:00:00+07:00",
             "Bình Dương: hợp tác xã vận tải chuyển đổi số",
             "Hợp tác xã vận tải Bình Dương triển khai ứng dụng đặt xe cho 300 xã viên."),
    _article("dl-caphe", "dak-lak", "dak-lak", "2021-01-21T09:00:00+07:00",
             "Đắk Lắk: HTX cà phê Ea Tul xuất khẩu lô hàng đầu tiên",
             "HTX cà phê Ea Tul xuất khẩu 20 tấn cà phê nhân sang Nhật Bản."),
]

ID: dict[str, str] = {a["key"]: doc_id(a["canonical_url"]) for a in CORPUS}
KEY: dict[str, str] = {v: k for k, v in ID.items()}
BY_KEY: dict[str, dict[str, Any]] = {a["key"]: a for a in CORPUS}


def attachments_text(article: dict[str, Any]) -> str:
    return "\n".join(a.get("text") or a.get("content") or "" for a in article.get("attachments") or [])


def documents() -> list[dict[str, Any]]:
    return [to_document(a, attachments_text(a)) for a in CORPUS]


def load(backend) -> None:
    """Index CORPUS into an empty backend (and make it searchable, if it needs a refresh)."""
    n = backend.index(documents())
    assert n == len(CORPUS), f"indexed {n} of {len(CORPUS)}"
    if hasattr(backend, "refresh"):
        backend.refresh()


def _shown() -> list[dict[str, Any]]:
    """The articles an unfiltered search lists: of copies of one article, the newest."""
    newest: dict[str, dict[str, Any]] = {}
    for a in CORPUS:
        fp = a["fingerprint"]
        if fp not in newest or (a["published"] or "") > (newest[fp]["published"] or ""):
            newest[fp] = a
    return [a for a in CORPUS if newest[a["fingerprint"]] is a]


def _newest_first() -> list[str]:
    dated = sorted((a for a in _shown() if a["published"]), key=lambda a: a["published"], reverse=True)
    return [a["key"] for a in dated]


NEWEST = _newest_first()  # dated keys of the results, newest first (every date differs)
UNDATED = [a["key"] for a in CORPUS if not a["published"]]
GROUPS = len(_shown())  # results of an unfiltered search: syndicated copies count once


def _keys(where: Callable[[dict], bool]) -> list[str]:
    return [a["key"] for a in CORPUS if where(a)]


def _pages_cover_everything(backend, results) -> None:
    seen: list[str] = []
    for page in range(1, 8):
        res = backend.search(Query("", size=5, page=page))
        assert res.total == GROUPS, res.total
        seen += [h.id for h in res.hits]
    assert len(seen) == len(set(seen)) == GROUPS, "pages overlap or miss articles"


def _relevance_pages_list_each_article_once(backend, results) -> None:
    """Paging by relevance through a query that matches both copies of kg-tom: every article
    once, on exactly one page, and the pages add up to the total."""
    seen: list[str] = []
    for page in range(1, 12):
        res = backend.search(Query("HTX OR tôm", size=3, page=page))
        assert res.total == results.total
        seen += [h.id for h in res.hits]
    assert len(seen) == len(set(seen)) == results.total, [KEY.get(i) for i in seen]
    assert len({ID["kg-tom"], ID["vca-kg-tom"]} & set(seen)) == 1


def _scores_descending(backend, results) -> None:
    scores = [h.score for h in results.hits if h.score is not None]
    assert scores == sorted(scores, reverse=True), scores


_DAK_NONG = ["dn-chibo", "dn-ocop", "dn-taphuan", "ld-caphe"]
_NINH_BINH_TODAY = _keys(lambda a: a["province_today"] == "ninh-binh")
_LAM_DONG_TODAY = _keys(lambda a: a["province_today"] == "lam-dong")
_VCA = _keys(lambda a: a["site"] == "vca")
_OCOP = ["dn-ocop", "qn-ocop"]  # OCOP or Mỗi xã một sản phẩm
_VIETGAP = ["bt-thanhlong", "la-sach"]


def _copies_are_links(backend, results) -> None:
    for h in results.hits:
        for c in h.copies:
            assert set(c) >= {"id", "url", "site", "published"}, c
            assert c["id"] != h.id and c["url"].startswith("https://"), c

def _unmarked_like(query: Query) -> Callable[[Any, Any], None]:
    """The check of `query` with highlight=False (an export's walk): the same hits in the same
    order as with highlighting, no snippet, the title escaped and unmarked."""
    def check(backend, results) -> None:
        marked = backend.search(query)
        assert [h.id for h in results.hits] == [h.id for h in marked.hits] and results.total == marked.total
        assert results.hits and any("<mark>" in h.title_html + h.snippet for h in marked.hits)
        for hit in results.hits:
            assert hit.snippet == "" and "<mark>" not in hit.title_html, hit
            assert html.unescape(hit.title_html) == hit.title, (hit.title, hit.title_html)
    return check


CASES: list[tuple[str, Query, dict[str, Any]]] = [
    # accents are optional; đ folds to d
    ("folded query finds accented text", Query("hop tac xa dien phuong", size=50),
     {"contains": ["qnam-nfd"], "excludes": ["dl-caphe", "ag-nuocsach"]}),
    ("dak nong finds Đắk Nông", Query("dak nong", size=50),
     {"contains": _DAK_NONG, "excludes": ["hanoi-rau", "kg-tom"]}),
    ("accented and folded query match the same", Query("Đắk Nông", size=50),
     {"contains": _DAK_NONG, "check": lambda b, r: _same_ids(b, r, Query("dak nong", size=50), ordered=False)}),
    ("uppercase and lowercase match the same", Query("ĐẮK NÔNG", size=50), {"contains": _DAK_NONG}),
    # exact accents rank above folded lookalikes
    ("ha nam finds Hà Nam and Hà Năm", Query("ha nam", size=50),
     {"contains": ["hn-tongket", "nb-hanam-lookalike"]}),
    ("Hà Nam ranks Hà Nam above Hà Năm", Query("Hà Nam", size=50),
     {"above": (["hn-tongket"], ["nb-hanam-lookalike"])}),
    ("Hà Năm ranks Hà Năm above Hà Nam", Query("Hà Năm", size=50),
     {"above": (["nb-hanam-lookalike"], ["hn-tongket"])}),
    # phrases
    ("quoted phrase needs the words together", Query('"nông nghiệp sạch"', size=50),
     {"contains": ["la-sach"], "excludes": ["ag-nuocsach"]}),
    ("unquoted words may be apart", Query("nông nghiệp sạch", size=50), {"contains": ["la-sach", "ag-nuocsach"]}),
    ("folded phrase", Query('"nong nghiep sach"', size=50), {"contains": ["la-sach"], "excludes": ["ag-nuocsach"]}),
    ("unbalanced quote is a plain word list", Query('"nông nghiệp sạch', size=50),
     {"contains": ["la-sach", "ag-nuocsach"]}),
    ("words of a query are all required", Query("thanh long VietGAP Bắc Giang", size=50), {"total": 0}),
    # abbreviations both ways
    ("HTX finds hợp tác xã", Query("HTX", size=50),
     {"contains": ["vca-tuyentruyen", "qnam-nfd", "dn-ocop", "tb-phoihop"]}),
    ("hợp tác xã finds HTX", Query("hợp tác xã", size=50),
     {"contains": ["dn-ocop", "tb-phoihop", "vca-tuyentruyen", "qnam-nfd"]}),
    ("hop tac xa finds HTX", Query("hop tac xa", size=50), {"contains": ["dn-ocop", "tb-phoihop", "vca-tuyentruyen"]}),
    ("htx in lowercase", Query("htx thanh long", size=50), {"first": "bt-thanhlong"}),
    ("OCOP finds Mỗi xã một sản phẩm", Query("OCOP", size=50), {"contains": ["dn-ocop", "qn-ocop"]}),
    ("Mỗi xã một sản phẩm finds OCOP", Query("mỗi xã một sản phẩm", size=50), {"contains": ["dn-ocop", "qn-ocop"]}),
    ("kinh tế tập thể finds KTTT", Query("kinh tế tập thể", size=50), {"contains": ["cm-kttt", "nd-kttt"]}),
    ("KTTT finds kinh tế tập thể", Query("KTTT", size=50), {"contains": ["cm-kttt", "nd-kttt", "vca-tuyentruyen"]}),
    ("Ủy ban nhân dân finds UBND", Query("Ủy ban nhân dân", size=50), {"contains": ["dn-ocop", "hy-congnghecao"]}),
    ("UBND finds Ủy ban nhân dân", Query("UBND Hưng Yên", size=50), {"contains": ["hy-congnghecao"]}),
    # relevance
    ("best match first", Query("thanh long"), {"first": "bt-thanhlong"}),
    ("title match first", Query("vải thiều"), {"first": "bg-vaithieu"}),
    ("scores descend", Query("hợp tác xã nông nghiệp", size=50), {"check": _scores_descending}),
    # filters
    ("province as published", Query("", province="ha-nam", size=50), {"ids": ["hn-tongket"]}),
    ("province as published, ninh-binh", Query("", province="ninh-binh", size=50),
     {"ids": _keys(lambda a: a["province"] == "ninh-binh")}),
    ("province today rolls up Nam Định and Hà Nam into Ninh Bình", Query("", province_today="ninh-binh", size=50),
     {"ids": _NINH_BINH_TODAY, "total": len(_NINH_BINH_TODAY),
      "by_province": {"ninh-binh": 4, "ha-nam": 1, "nam-dinh": 1}, "by_province_today": {"ninh-binh": 6}}),
    ("province today rolls up Đắk Nông into Lâm Đồng", Query("", province_today="lam-dong", size=50),
     {"ids": _LAM_DONG_TODAY,
      "by_province": {"dak-nong": 3, "lam-dong": 2, "binh-thuan": 1},
      "by_month": {"2025-09": 1, "2025-07": 1, "2024-03": 1, "2023-08": 1, "2022-05": 1}}),
    ("province today with words", Query("hợp tác xã", province_today="hung-yen", size=50),
     {"ids": ["tb-kehoach", "tb-phoihop", "hy-congnghecao"]}),
    ("national portal is province vn", Query("", province="vn", size=50), {"ids": _VCA}),
    ("site filter", Query("", site="vca", size=50), {"ids": _VCA}),
    ("site filter with words", Query("hợp tác xã", site="thai-binh", size=50), {"ids": ["tb-kehoach", "tb-phoihop"]}),
    ("unknown site finds nothing", Query("", site="no-such-site"), {"total": 0, "hits": 0}),
    ("date range is inclusive", Query("", since=date(2023, 3, 1), until=date(2023, 8, 15), size=50),
     {"ids": ["tb-kehoach", "dn-ocop"]}),
    ("one day", Query("", since=date(2024, 3, 29), until=date(2024, 3, 29)), {"ids": ["dn-chibo"]}),
    ("since only, undated left out", Query("", since=date(2025, 1, 1), size=50),
     {"ids": ["hy-congnghecao", "ld-caphe", "nb-hopnhat", "ld-daihoi"]}),
    ("a date filter leaves out undated articles", Query("", until=date(2100, 1, 1), size=50),
     {"total": len(NEWEST), "excludes": UNDATED}),
    ("filters combine", Query("HTX", province_today="lam-dong", since=date(2023, 1, 1), size=50),
     {"ids": ["dn-chibo", "dn-ocop", "ld-caphe", "ld-daihoi"]}),
    # sorting and paging
    ("empty query lists everything, newest first", Query("", size=50),
     {"total": GROUPS, "prefix": NEWEST, "contains": UNDATED, "date_order": True}),
    ("sort by date", Query("hợp tác xã", sort="date", size=50), {"date_order": True, "first": "hy-congnghecao"}),
    ("sort by date, undated last", Query("Đắk Nông", sort="date", size=50),
     {"ids_in_order": ["ld-caphe", "dn-chibo", "dn-ocop", "dn-taphuan"]}),
    ("second page", Query("", size=5, page=2), {"ids_in_order": NEWEST[5:10], "total": GROUPS}),
    ("pages do not overlap", Query("", size=5), {"check": _pages_cover_everything}),
    ("page past the end", Query("", size=10, page=4), {"total": GROUPS, "hits": 0}),
    # facets count every match, not the page
    ("facets count all matches", Query("", size=1),
     {"hits": 1, "total": GROUPS,
      "check": lambda b, r: _facet_sums(r, len(CORPUS), len(CORPUS) - len(UNDATED))}),
    ("facets of a query", Query("dak nong", size=1),
     {"by_province": {"dak-nong": 3, "lam-dong": 1}, "by_province_today": {"lam-dong": 4},
      "by_month": {"2025-09": 1, "2024-03": 1, "2023-08": 1}}),
    # official documents
    ("doc number as printed", Query("04/KH-LMHTX"), {"first": "tb-kehoach"}),
    ("doc number with spaces", Query("04 KH LMHTX", size=50), {"contains": ["tb-kehoach"]}),
    ("doc number in lowercase", Query("04/kh-lmhtx", size=50), {"contains": ["tb-kehoach"]}),
    ("doc number only in the attachment", Query("778/KH-LMHTXVN"), {"ids": ["tb-kehoach"]}),
    ("attachment text is searched", Query('"khơi dậy lòng tự hào"'), {"ids": ["tb-kehoach"]}),
    ("attachment text, folded", Query("khoi day long tu hao"), {"ids": ["tb-kehoach"]}),
    ("snippet from the attachment when only it matches", Query("khơi dậy lòng tự hào"),
     {"marks": {"tb-kehoach": ["khơi", "dậy"]}}),
    # Unicode: NFD text and queries
    ("NFC query finds NFD text", Query("Điện Phương"), {"first": "qnam-nfd", "marks": {"qnam-nfd": ["Điện", "Phương"]}}),
    ("NFD query equals NFC query", Query(_nfd("Điện Phương rau hữu cơ")),
     {"contains": ["qnam-nfd"], "check": lambda b, r: _same_ids(b, r, Query("Điện Phương rau hữu cơ"))}),
    ("NFD phrase", Query(_nfd('"rau hữu cơ"')), {"contains": ["qnam-nfd"]}),
    # highlighting
    ("folded query highlights accented words", Query("hop tac xa nong nghiep dien phuong"),
     {"marks": {"qnam-nfd": ["Điện", "Phương", "nông", "nghiệp"]}, "title_marks": {"qnam-nfd": ["Điện", "Phương"]}}),
    ("abbreviation highlights the other form", Query("HTX", size=50), {"marks": {"vca-tuyentruyen": ["hợp", "tác", "xã"]}}),
    ("snippet is short", Query("sinh hoạt chuyên đề"), {"first": "dn-chibo", "snippet_max": 320,
                                                        "marks": {"dn-chibo": ["sinh", "hoạt"]}}),
    ("crawled markup is escaped", Query("giả mạo"),
     {"ids": ["vca-canhbao"],
      "html": {"vca-canhbao": ["&lt;script&gt;alert(1)&lt;/script&gt;", "&amp;"]},
      "title_marks": {"vca-canhbao": ["giả", "mạo"]}}),
    ("markup in the query is text", Query("<script>alert(1)</script>", size=50), {"contains": ["vca-canhbao"]}),
    # query syntax: AND, OR (hoặc), -word, NOT; what is not understood is said in a notice
    ("AND is all words", Query("hop AND tac", size=50),
     {"contains": ["qnam-nfd", "vp-luat"], "no_notice": True,
      "check": lambda b, r: _same_ids(b, r, Query("hop tac", size=50), ordered=False)}),
    ("OR is either", Query("ocop OR vietgap", size=50), {"ids": _OCOP + _VIETGAP, "no_notice": True}),
    ("or in lowercase", Query("ocop or vietgap", size=50), {"ids": _OCOP + _VIETGAP}),
    ("hoặc is OR", Query("OCOP hoặc VietGAP", size=50), {"ids": _OCOP + _VIETGAP}),
    ("hoac is OR", Query("ocop hoac vietgap", size=50), {"ids": _OCOP + _VIETGAP}),
    ("OR binds tighter than AND", Query("thanh long OR tôm xuất khẩu", size=50), {"ids": ["bt-thanhlong"]}),
    ("OR of phrases", Query('"kinh tế tập thể" OR "mỗi xã một sản phẩm" tổng kết', size=50),
     {"ids": ["hn-tongket", "vca-tuyentruyen"]}),
    ("minus excludes", Query("ocop -dak", size=50), {"ids": ["qn-ocop"], "no_notice": True}),
    ("NOT excludes", Query("ocop NOT dak", size=50), {"ids": ["qn-ocop"]}),
    ("exclusion with or without accents", Query("Đắk -Nông", size=50),
     {"ids": ["dl-caphe"], "check": lambda b, r: _same_ids(b, r, Query("dak -nong", size=50), ordered=False)}),
    ("excluded phrase", Query('hợp tác xã -"Đắk Nông"', size=50),
     {"contains": ["qnam-nfd", "dl-caphe"], "excludes": _DAK_NONG}),
    ("excluded abbreviation excludes its spellings", Query("OCOP -HTX", size=50), {"total": 0}),
    ("only exclusions: everything else", Query("-HTX", size=50),
     {"contains": ["ag-nuocsach"], "excludes": ["dn-ocop", "qnam-nfd", "vca-tuyentruyen"],
      "notice": "Chỉ có từ cần loại trừ", "date_order": True}),
    ("found and excluded: nothing, and why", Query("ocop -ocop", size=50),
     {"total": 0, "notice": "vừa được tìm vừa bị loại trừ"}),
    ("OR with nothing after it", Query("ocop OR", size=50),
     {"ids": _OCOP, "notice": "Bỏ qua “OR”"}),
    ("OR with an exclusion", Query("ocop OR -dak", size=50),
     {"ids": ["qn-ocop"], "notice": "Không dùng được “OR”"}),
    ("a quoted operator is a word", Query('"or" ocop', size=50), {"total": 0}),
    ("brackets and stars are explained", Query("hợp tác xã AND (OCOP OR NEAR) *", size=50),
     {"ids": _OCOP, "notice": "( ) *"}),
    ("other punctuation is ignored", Query("+OCOP ^ : '", size=50), {"ids": _OCOP}),
    ("a hyphen inside a word is not an exclusion", Query("20-NQ/TW", size=50), {"ids": ["dn-chibo"]}),
    ("an unbalanced quote is explained", Query('"nông nghiệp sạch', size=50), {"notice": "ngoặc kép"}),
    ("a lone quote", Query('"'), {"ok": True}),
    ("a query as long as allowed", Query("a" * MAX_QUERY_CHARS), {"total": 0}),
    ("empty query without filters is allowed", Query(""), {"total": GROUPS, "no_notice": True}),
    # syndicated copies: one result, the other copies linked
    ("copies are one result", Query("tôm Kiên Giang", size=50),
     {"ids": ["vca-kg-tom"], "total": 1, "copies": {"vca-kg-tom": ["kg-tom"]}, "check": _copies_are_links,
      "by_site": {"kien-giang": 1, "vca": 1}}),
    ("copies by date: the newest stands for the others", Query("tôm", sort="date", size=50),
     {"ids": ["vca-kg-tom"], "total": 1}),
    ("copies ungrouped", Query("tôm Kiên Giang", size=50, group=False),
     {"ids": ["vca-kg-tom", "kg-tom"], "total": 2, "copies": {"kg-tom": []}}),
    ("a filter that matches one copy shows it, with the others linked", Query("", site="kien-giang", size=50),
     {"ids": ["kg-tom"], "total": 1, "copies": {"kg-tom": ["vca-kg-tom"]}}),
    ("paging by relevance lists each article once", Query("HTX OR tôm", size=50),
     {"contains": ["vca-kg-tom"], "excludes": ["kg-tom"], "check": _relevance_pages_list_each_article_once}),
    ("per-site counts", Query("HTX", size=50, province_today="lam-dong"),
     {"by_site": {"dak-nong": 3, "lam-dong": 2, "binh-thuan": 1}}),
    ("per-site counts of everything", Query("", size=1),
     {"check": lambda b, r: _site_counts(r)}),
    # bad input
    ("query too long", Query("hợp " * (MAX_QUERY_CHARS // 4 + 1)), {"error": True}),
    ("unknown province", Query("", province="ha-tay"), {"error_mentions": "ha-tay"}),
    ("unknown province today", Query("", province_today="atlantis"), {"error_mentions": "atlantis"}),
    ("since after until", Query("", since=date(2024, 5, 1), until=date(2024, 4, 1)), {"error": True}),
    ("page 0", Query("", page=0), {"error": True}),
    ("size 0", Query("", size=0), {"error": True}),
    ("size too big", Query("", size=MAX_PAGE_SIZE + 1), {"error": True}),
    ("too deep", Query("", page=10_000 // MAX_PAGE_SIZE + 1, size=MAX_PAGE_SIZE), {"error": True}),
    ("unknown sort", Query("", sort="random"), {"error": True}),
    ("group must be a bool", Query("", group="yes"), {"error": True}),  # type: ignore[arg-type]
    ("highlight must be a bool", Query("", highlight="no"), {"error": True}),  # type: ignore[arg-type]
    # an export walks every result without snippets: the same hits, unmarked
    ("without highlighting: same hits", Query("hop tac xa", highlight=False),
     {"check": _unmarked_like(Query("hop tac xa"))}),
    ("without highlighting, by date, a page on", Query("ocop OR htx", sort="date", page=2, size=3, highlight=False),
     {"check": _unmarked_like(Query("ocop OR htx", sort="date", page=2, size=3))}),
]


# --- checking ----------------------------------------------------------------------------

_MARK_RE = re.compile(r"<mark>(.*?)</mark>", re.S)
_ENTITY_RE = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def html_safe(s: str) -> bool:
    """Only <mark> tags; no raw < > " '; every & starts an entity."""
    bare = s.replace("<mark>", "").replace("</mark>", "")
    if any(c in bare for c in "<>\"'"):
        return False
    return all(_ENTITY_RE.match(bare, m.start()) for m in re.finditer("&", bare))


def marked_words(s: str) -> set[str]:
    """Every word inside a <mark> (unescaped, NFC, lowercase)."""
    out = set()
    for m in _MARK_RE.finditer(s):
        out.update(re.findall(r"\w+", unicodedata.normalize("NFC", html.unescape(m.group(1))).lower()))
    return out


def _same_ids(backend, results, other: Query, ordered: bool = True) -> None:
    theirs = [h.id for h in backend.search(other).hits]
    ours = [h.id for h in results.hits]
    if not ordered:
        ours, theirs = sorted(ours), sorted(theirs)
    assert ours == theirs, f"{[KEY.get(i, i) for i in ours]} != {[KEY.get(i, i) for i in theirs]}"


def _facet_sums(results, total: int, dated: int) -> None:
    assert sum(results.by_province.values()) == total, results.by_province
    assert sum(results.by_province_today.values()) == total, results.by_province_today
    assert sum(results.by_month.values()) == dated, results.by_month


def _site_counts(results) -> None:
    want: dict[str, int] = {}
    for a in CORPUS:
        want[a["site"]] = want.get(a["site"], 0) + 1
    assert dict(results.by_site) == want, results.by_site


def _hit_keys(results) -> list[str]:
    return [KEY.get(h.id, h.id) for h in results.hits]


def run_case(backend, case: tuple[str, Query, dict[str, Any]]) -> None:
    """Run one case against a backend loaded with `load`; AssertionError says what failed."""
    name, query, expect = case
    wants_error = expect.get("error") or "error_mentions" in expect
    try:
        res = backend.search(query)
    except QueryError as e:
        if not wants_error:
            raise AssertionError(f"{name}: unexpected QueryError: {e}") from e
        if "error_mentions" in expect:
            assert expect["error_mentions"] in str(e), f"{name}: error {str(e)!r} does not name {expect['error_mentions']!r}"
        return
    assert not wants_error, f"{name}: expected a QueryError, got {res.total} results"
    got = _hit_keys(res)
    where = f"{name}: hits {got}"
    for h in res.hits:
        assert html_safe(h.snippet), f"{name}: snippet of {KEY.get(h.id)} is not HTML-safe: {h.snippet!r}"
        assert html_safe(h.title_html), f"{name}: title_html of {KEY.get(h.id)} is not HTML-safe: {h.title_html!r}"
    assert res.took_ms >= 0
    for check, want in expect.items():
        if check == "ids":
            assert sorted(got) == sorted(want), f"{where} != {sorted(want)}"
        elif check == "ids_in_order":
            assert got == list(want), f"{where} != {list(want)}"
        elif check == "prefix":
            assert got[:len(want)] == list(want), f"{where} do not start with {list(want)}"
        elif check == "contains":
            missing = [k for k in want if k not in got]
            assert not missing, f"{where} miss {missing}"
        elif check == "excludes":
            extra = [k for k in want if k in got]
            assert not extra, f"{where} include {extra}"
        elif check == "first":
            assert got and got[0] == want, f"{where}: first should be {want}"
        elif check == "above":
            high, low = want
            missing = [k for k in high + low if k not in got]
            assert not missing, f"{where} miss {missing}"
            assert max(got.index(k) for k in high) < min(got.index(k) for k in low), f"{where}: {high} not above {low}"
        elif check == "total":
            assert res.total == want, f"{name}: total {res.total} != {want} ({got})"
        elif check == "hits":
            assert len(res.hits) == want, f"{where}: {len(res.hits)} hits, want {want}"
        elif check == "notice":
            assert any(want in n for n in res.notices), f"{name}: no notice with {want!r}: {res.notices}"
        elif check == "no_notice":
            assert not res.notices, f"{name}: unexpected notices {res.notices}"
        elif check == "copies":
            for key, copies in want.items():
                hit = next((h for h in res.hits if h.id == ID[key]), None)
                assert hit is not None, f"{where}: {key} missing"
                assert [KEY.get(c["id"], c["id"]) for c in hit.copies] == copies, f"{name}: copies {hit.copies}"
        elif check in ("by_province", "by_province_today", "by_month", "by_site"):
            assert dict(getattr(res, check)) == want, f"{name}: {check} {getattr(res, check)} != {want}"
        elif check == "date_order":
            dates = [BY_KEY[k]["published"] for k in got]
            dated = [d for d in dates if d]
            assert dated == sorted(dated, reverse=True), f"{where}: not newest first"
            assert all(d for d in dates[:len(dated)]), f"{where}: undated before dated"
        elif check == "marks":
            for key, words in want.items():
                hit = next((h for h in res.hits if h.id == ID[key]), None)
                assert hit is not None, f"{where}: {key} missing"
                marked = marked_words(hit.snippet)
                miss = [w for w in words if unicodedata.normalize("NFC", w).lower() not in marked]
                assert not miss, f"{name}: {miss} not marked in the snippet of {key}: {hit.snippet!r}"
        elif check == "title_marks":
            for key, words in want.items():
                hit = next((h for h in res.hits if h.id == ID[key]), None)
                assert hit is not None, f"{where}: {key} missing"
                marked = marked_words(hit.title_html)
                miss = [w for w in words if unicodedata.normalize("NFC", w).lower() not in marked]
                assert not miss, f"{name}: {miss} not marked in the title of {key}: {hit.title_html!r}"
        elif check == "html":
            for key, parts in want.items():
                hit = next((h for h in res.hits if h.id == ID[key]), None)
                assert hit is not None, f"{where}: {key} missing"
                both = hit.title_html + " " + hit.snippet
                miss = [p for p in parts if p not in both]
                assert not miss, f"{name}: {miss} not in {both!r}"
        elif check == "snippet_max":
            for h in res.hits:
                text = html.unescape(h.snippet.replace("<mark>", "").replace("</mark>", ""))
                assert len(text) <= want, f"{name}: snippet of {KEY.get(h.id)} has {len(text)} characters"
        elif check == "check":
            want(backend, res)
        elif check in ("ok", "error", "error_mentions"):
            pass
        else:
            raise AssertionError(f"{name}: unknown check {check!r}")
