"""Shared data of the web tests: a small archive of realistic articles with hostile ones
(build_site), an archive with two recorded crawl runs for the monitoring pages
(build_monitored), and the plain HTTP fetch the tests use. Test modules import from here,
never from each other."""

from __future__ import annotations

import hashlib
import unicodedata
import urllib.error
import urllib.request
from datetime import datetime
from pathlib import Path
from urllib.parse import urlencode

from crawler import provinces
from crawler.archive import Archive
from crawler.dates import TZ
from crawler.registry import load_sites
from crawler.warc import WarcFile
from search.base import doc_id, to_document

# --- a small, realistic archive ------------------------------------------------------------

XSS_TITLE = ('<script>window.__xss=1;document.title="pwned"</script> Hợp tác xã rau an toàn '
             '<img src=x onerror="window.__xss=2"> vượt khó')
XSS_URL = "https://lienminhhtx.gialai.gov.vn/tin-tuc/htx-rau-an-toan-vuot-kho.html"
JS_URL_ARTICLE = "https://lienminhhtx.quangnam.gov.vn/tin/htx-du-lich-cong-dong.html"

# (site, province as published, title, paragraphs, published, doc_number)
_ARTICLES = [
    ("vca", "vn", "Liên minh Hợp tác xã Việt Nam tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025",
     ["Sáng 10/1, Liên minh Hợp tác xã Việt Nam tổ chức Hội nghị tổng kết công tác năm 2024.",
      "Năm 2024, cả nước có thêm hơn 2.000 hợp tác xã thành lập mới, nâng tổng số lên hơn 31.000 hợp tác xã.",
      "Hội nghị đề ra nhiệm vụ trọng tâm: tiếp tục triển khai Luật Hợp tác xã năm 2023."],
     "2025-01-10T09:30:00+07:00", None),
    ("vca", "vn", "Hướng dẫn thi hành Luật Hợp tác xã năm 2023 đối với tổ hợp tác",
     ["Tổ hợp tác là hình thức tổ chức kinh tế tập thể đơn giản nhất.",
      "Văn bản hướng dẫn các tổ hợp tác đăng ký với Ủy ban nhân dân cấp xã."],
     "2024-07-01T08:00:00+07:00", "125/HD-LMHTXVN"),
    ("vca", "vn", "Diễn đàn kinh tế tập thể: chuyển đổi số trong hợp tác xã",
     ["Chuyển đổi số giúp hợp tác xã tiếp cận thị trường, truy xuất nguồn gốc sản phẩm.",
      "Nhiều hợp tác xã đã bán hàng trên sàn thương mại điện tử."],
     "2024-11-20T14:00:00+07:00", None),
    ("lmhtx-daknong", "dak-nong", "Đắk Nông: Hợp tác xã cà phê Thuận An đạt chứng nhận OCOP 4 sao",
     ["Hợp tác xã cà phê Thuận An, huyện Đắk Mil vừa được công nhận sản phẩm OCOP 4 sao.",
      "Sản phẩm cà phê rang xay của hợp tác xã được tiêu thụ ở nhiều tỉnh, thành phố."],
     "2024-03-05T10:15:00+07:00", None),
    ("lmhtx-daknong", "dak-nong", "Tập huấn nâng cao năng lực quản trị cho cán bộ hợp tác xã",
     ["Liên minh Hợp tác xã tỉnh Đắk Nông tổ chức lớp tập huấn cho 60 cán bộ quản lý hợp tác xã.",
      "Nội dung gồm kế toán, quản trị tài chính và xây dựng phương án sản xuất kinh doanh."],
     "2024-05-14T08:00:00+07:00", None),
    ("lmhtx-daknong", "dak-nong", "Kế hoạch tuyên truyền kỷ niệm Ngày Hợp tác xã Việt Nam 11/4",
     ["Thực hiện Kế hoạch của Liên minh Hợp tác xã Việt Nam, Liên minh HTX tỉnh ban hành kế hoạch tuyên truyền.",
      "Nơi nhận: Như trên; Lưu: VT."],
     "2024-03-20T00:00:00+07:00", "04/KH-LMHTX"),
    ("lmhtx-lamdong", "lam-dong", "Lâm Đồng: hợp tác xã nông nghiệp ứng dụng công nghệ cao",
     ["Nhiều hợp tác xã tại Đà Lạt, Đơn Dương sản xuất rau, hoa trong nhà kính.",
      "Doanh thu bình quân của mỗi hợp tác xã đạt trên 5 tỷ đồng mỗi năm."],
     "2025-08-12T09:00:00+07:00", None),
    ("lmhtx-lamdong", "lam-dong", "Liên minh HTX tỉnh Lâm Đồng (mới) ra mắt sau hợp nhất",
     ["Sau khi hợp nhất ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận, Liên minh Hợp tác xã tỉnh Lâm Đồng chính thức ra mắt.",
      "Ban Thường vụ được kiện toàn để tiếp tục hỗ trợ các hợp tác xã."],
     "2025-07-15T15:00:00+07:00", None),
    ("lmhtx-binhthuan", "binh-thuan", "Hợp tác xã thanh long Hàm Thuận Nam mở rộng vùng trồng",
     ["Hợp tác xã thanh long Hàm Minh liên kết với doanh nghiệp xuất khẩu.",
      "Vùng trồng đạt chuẩn VietGAP được mở rộng thêm 50 ha."],
     "2023-09-02T07:45:00+07:00", None),
    ("lmhtx-ninhbinh", "ninh-binh", "Ninh Bình: Đại hội thành viên thường niên các hợp tác xã năm 2024",
     ["Các hợp tác xã trên địa bàn tỉnh Ninh Bình đã tổ chức đại hội thành viên thường niên.",
      "Đại hội đánh giá kết quả sản xuất kinh doanh và phân phối thu nhập cho thành viên."],
     "2024-02-27T16:20:00+07:00", None),
    ("lmhtx-ninhbinh", "ninh-binh", "Hợp tác xã du lịch Tràng An phát triển sản phẩm mới",
     ["Hợp tác xã dịch vụ du lịch Tràng An đưa vào khai thác tuyến thuyền mới.",
      "Mỗi năm hợp tác xã đón hàng trăm nghìn lượt khách."],
     "2023-06-18T11:00:00+07:00", None),
    ("lmhtx-namdinh", "nam-dinh", "Nam Định: hợp tác xã nuôi ngao ven biển Giao Thủy",
     ["Hợp tác xã nuôi ngao Giao Xuân có hơn 200 thành viên.",
      "Sản phẩm ngao sạch được cấp chứng nhận ASC."],
     "2023-11-08T09:00:00+07:00", None),
    ("lmhtx-hanam", "ha-nam", "Hà Nam: trao giấy chứng nhận đăng ký hợp tác xã kiểu mới",
     ["Liên minh Hợp tác xã tỉnh Hà Nam hỗ trợ thành lập 12 hợp tác xã kiểu mới.",
      "Các hợp tác xã hoạt động trong lĩnh vực trồng trọt, chăn nuôi và dịch vụ."],
     "2024-04-09T10:00:00+07:00", None),
    ("lmhtx-thaibinh", "thai-binh", "Thái Bình: Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5",
     ["Hội nghị đánh giá kết quả thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022.",
      "Kinh tế tập thể, hợp tác xã của tỉnh tiếp tục phát triển ổn định."],
     "2023-12-22T14:30:00+07:00", "15/NQ-LMHTX"),
    ("lmhtx-thaibinh", "thai-binh", "Mô hình hợp tác xã dịch vụ nông nghiệp tổng hợp ở Vũ Thư",
     ["Hợp tác xã dịch vụ nông nghiệp Tân Lập cung ứng giống, vật tư cho thành viên.",
      "Hợp tác xã còn tổ chức dịch vụ làm đất, thu hoạch bằng máy."],
     "2024-09-30T08:10:00+07:00", None),
    ("lmhtx-hungyen", "hung-yen", "Hưng Yên: hợp tác xã nhãn lồng xuất khẩu sang châu Âu",
     ["Hợp tác xã nhãn lồng Phố Hiến xuất khẩu lô hàng đầu tiên sang châu Âu.",
      "Thành viên hợp tác xã được tập huấn quy trình sản xuất đạt chuẩn."],
     "2025-08-25T09:00:00+07:00", None),
    ("lmhtx-hanoi", "ha-noi", "Hà Nội: hỗ trợ hợp tác xã tham gia chuỗi giá trị nông sản an toàn",
     ["Thành phố Hà Nội hỗ trợ 150 hợp tác xã xây dựng chuỗi giá trị nông sản.",
      "Các sản phẩm được bày bán tại hệ thống siêu thị và chợ đầu mối."],
     "2024-06-03T10:00:00+07:00", None),
    ("lmhtx-hanoi", "ha-noi", "Hội chợ OCOP và sản phẩm của hợp tác xã Thủ đô",
     ["Hội chợ quy tụ hơn 200 gian hàng của các hợp tác xã, tổ hợp tác.",
      "Nhiều sản phẩm OCOP được giới thiệu đến người tiêu dùng."],
     "2024-10-12T09:00:00+07:00", None),
    ("lmhtx-hanoi", "ha-noi", "Tọa đàm về tín dụng cho kinh tế tập thể",
     ["Các ngân hàng thương mại chia sẻ về gói tín dụng ưu đãi.",
      "Quỹ hỗ trợ phát triển kinh tế tập thể tiếp tục giải ngân vốn vay."],
     "2024-08-15T14:00:00+07:00", None),
    ("lmhtx-hcm", "ho-chi-minh", "TP. Hồ Chí Minh: hợp tác xã vận tải chuyển đổi xe điện",
     ["Nhiều hợp tác xã vận tải tại Thành phố Hồ Chí Minh chuyển sang xe buýt điện.",
      "Việc chuyển đổi giúp giảm phát thải và chi phí nhiên liệu."],
     "2025-03-18T08:30:00+07:00", None),
    ("lmhtx-binhduong", "binh-duong", "Bình Dương: hợp tác xã thương mại dịch vụ hoạt động hiệu quả",
     ["Hợp tác xã thương mại dịch vụ Thuận An có doanh thu tăng 15%.",
      "Hợp tác xã tạo việc làm ổn định cho hơn 100 lao động."],
     "2024-12-05T09:15:00+07:00", None),
    ("lmhtx-angiang", "an-giang", "An Giang: hợp tác xã lúa gạo liên kết bao tiêu sản phẩm",
     ["Hợp tác xã nông nghiệp Vĩnh Phước ký hợp đồng bao tiêu lúa với doanh nghiệp.",
      "Thành viên hợp tác xã được hỗ trợ giống lúa chất lượng cao."],
     "2024-01-16T07:00:00+07:00", None),
    ("lmhtx-kiengiang", "kien-giang", "Kiên Giang: hợp tác xã nuôi tôm kết hợp trồng lúa",
     ["Mô hình tôm – lúa giúp hợp tác xã tăng thu nhập cho thành viên.",
      "Hợp tác xã đang hướng tới chứng nhận hữu cơ."],
     "2023-05-22T10:00:00+07:00", None),
    ("lmhtx-cantho", "can-tho", "Cần Thơ: phát triển hợp tác xã vườn cây ăn trái",
     ["Thành phố Cần Thơ có 40 hợp tác xã sản xuất cây ăn trái.",
      "Nhiều hợp tác xã kết hợp du lịch sinh thái miệt vườn."],
     "2024-07-19T09:00:00+07:00", None),
    ("lmhtx-nghean", "nghe-an", "Nghệ An: Liên minh HTX tỉnh ký kết chương trình phối hợp với Hội Nông dân",
     ["Chương trình phối hợp nhằm hỗ trợ nông dân tham gia tổ hợp tác, hợp tác xã.",
      "Hai bên thống nhất tổ chức tuyên truyền Luật Hợp tác xã năm 2023."],
     "2023-03-28T15:00:00+07:00", None),
    ("lmhtx-thanhhoa", "thanh-hoa", "Thanh Hóa: hợp tác xã chế biến nước mắm truyền thống",
     ["Hợp tác xã chế biến hải sản Hải Thanh giữ nghề làm nước mắm truyền thống.",
      "Sản phẩm của hợp tác xã đạt chứng nhận OCOP 3 sao."],
     "2024-04-25T08:00:00+07:00", None),
    ("lmhtx-quangninh", "quang-ninh", "Quảng Ninh: tổng kết 5 năm chương trình OCOP",
     ["Tỉnh có hơn 500 sản phẩm OCOP, trong đó nhiều sản phẩm của các hợp tác xã.",
      "Chương trình góp phần nâng cao thu nhập cho người dân nông thôn."],
     "2023-08-30T09:00:00+07:00", None),
    ("lmhtx-daklak", "dak-lak", "Đắk Lắk: hợp tác xã cà phê bền vững liên kết xuất khẩu",
     ["Hợp tác xã nông nghiệp dịch vụ Ea Kiết sản xuất cà phê đạt chứng nhận 4C.",
      "Hợp tác xã cung ứng cà phê nhân cho doanh nghiệp xuất khẩu."],
     "2024-02-05T09:30:00+07:00", None),
    ("lmhtx-gialai", "gia-lai", XSS_TITLE,
     ["Hợp tác xã rau an toàn Ia Grai vượt qua khó khăn do thời tiết.",
      "<script>window.__xss=3</script> Đoạn này chứa mã lạ nhưng chỉ là chữ."],
     "2024-10-01T08:00:00+07:00", None),
    ("lmhtx-quangnam", "quang-nam", "Quảng Nam: hợp tác xã du lịch cộng đồng ở Hội An",
     ["Hợp tác xã du lịch cộng đồng Cẩm Thanh đón khách tham quan rừng dừa.",
      "Thành viên hợp tác xã làm hướng dẫn viên, chèo thuyền thúng."],
     "2024-06-21T10:00:00+07:00", None),
    ("lmhtx-danang", "da-nang", "Đà Nẵng: hội nghị xúc tiến thương mại cho kinh tế tập thể",
     ["Hội nghị kết nối cung cầu giữa các tổ hợp tác và doanh nghiệp phân phối.",
      "Nhiều hợp đồng tiêu thụ được ký kết ngay tại hội nghị."],
     "2025-04-10T09:00:00+07:00", None),
    ("lmhtx-laocai", "lao-cai", "Lào Cai: hợp tác xã dược liệu vùng cao Bắc Hà",
     ["Hợp tác xã dược liệu Bắc Hà trồng atiso và đương quy theo chuẩn GACP.",
      "Hợp tác xã liên kết với công ty dược để bao tiêu sản phẩm."],
     "2023-10-14T08:00:00+07:00", None),
    ("lmhtx-yenbai", "yen-bai", "Yên Bái: hợp tác xã chè Suối Giàng phát triển du lịch",
     ["Hợp tác xã chè Suối Giàng kết hợp sản xuất chè Shan tuyết với du lịch.",
      "Sản phẩm chè của hợp tác xã đạt OCOP 4 sao."],
     "2023-04-04T09:00:00+07:00", None),
    ("lmhtx-camau", "ca-mau", "Cà Mau: hợp tác xã khai thác thủy sản gần bờ",
     ["Hợp tác xã khai thác thủy sản Tân Thuận có 30 tàu cá.",
      "Hợp tác xã hỗ trợ thành viên tiêu thụ sản phẩm."],
     "2024-08-08T09:00:00+07:00", None),
    ("lmhtx-son-la", "son-la", "Sơn La: tổ hợp tác trồng xoài tham gia chuỗi giá trị",
     ["Tổ hợp tác trồng xoài Yên Châu liên kết với doanh nghiệp chế biến.",
      "Sản lượng xoài xuất khẩu tăng mạnh so với cùng kỳ."],
     "2024-05-30T09:00:00+07:00", None),
    ("lmhtx-hue", "thua-thien-hue", "Thừa Thiên Huế: hợp tác xã nón lá truyền thống",
     ["Hợp tác xã nón lá Phú Cam giữ gìn nghề truyền thống.",
      "Sản phẩm nón lá của hợp tác xã được du khách ưa chuộng."],
     "2023-07-07T10:00:00+07:00", None),
    ("lmhtx-tayninh", "tay-ninh", "Tây Ninh: hợp tác xã mãng cầu Bà Đen mở rộng thị trường",
     ["Hợp tác xã mãng cầu Thạnh Tân đưa sản phẩm lên sàn thương mại điện tử.",
      "Giá trị sản phẩm của hợp tác xã tăng 20%."],
     "2025-05-15T09:00:00+07:00", None),
    ("lmhtx-phutho", "phu-tho", "Phú Thọ: Hội thảo phát triển kinh tế tập thể vùng trung du",
     ["Hội thảo bàn giải pháp nâng cao hiệu quả hoạt động của tổ hợp tác.",
      "Các đại biểu kiến nghị tăng cường đào tạo nguồn nhân lực."],
     "2023-02-14T09:00:00+07:00", None),
]

# Pages as they were fetched (the body the raw route must serve inertly).
RAW_PAGE_TEMPLATE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<script>window.__xss = "raw"; document.title = "pwned";</script></head>
<body><div class="banner">Thứ bảy, 13/07/2024</div><h1>{title}</h1>{paras}
<img src="x" onerror="window.__xss='img'"></body></html>"""


def corpus() -> list[dict]:
    """The archived articles as crawler items."""
    items = []
    for i, (site, prov, title, paras, published, docnum) in enumerate(_ARTICLES):
        slug = f"bai-viet-{i:02d}"
        url = XSS_URL if title == XSS_TITLE else f"https://{site}.example.vn/tin-tuc/{slug}.html"
        if site == "lmhtx-quangnam":
            url = JS_URL_ARTICLE
        text = "\n".join(paras)
        item = {
            "url": url,
            "canonical_url": url,
            "site": site,
            "province": prov,
            "province_today": provinces.today(prov),
            "title": title,
            "text": text,
            "published": published,
            "published_source": "metadata",
            "published_missing": None,
            "author": "Phòng Tuyên truyền",
            "language": "vi",
            "doc_number": docnum,
            "attachments": [],
            "fetched_at": "2025-09-01T10:00:00+07:00",
            "content_hash": hashlib.sha256((title + text).encode()).hexdigest(),
            "fingerprint": hashlib.sha1(text.encode()).hexdigest()[:16],
            "family": "portal",
        }
        items.append(item)
    # A crawled URL that is not http(s) must never become a link.
    for item in items:
        if item["url"] == JS_URL_ARTICLE:
            item["url"] = "javascript:window.__xss=4"
    return items


def build_site(tmp: Path):
    """A real embedded index and a real archive (with raw pages in a WARC file)."""
    from search.embedded import EmbeddedIndex

    items = corpus()
    backend = EmbeddedIndex(tmp / "search.sqlite3")
    backend.index([to_document(item) for item in items])
    archive = Archive(tmp)
    warc = WarcFile(tmp, "test")
    for item in items:
        aid = doc_id(item["canonical_url"])
        archive.upsert(aid, item)
        paras = "".join(f"<p>{p}</p>" for p in item["text"].split("\n"))  # as crawled: not escaped
        body = RAW_PAGE_TEMPLATE.format(title=item["title"], paras=paras).encode("utf-8")
        offset = warc.write(item["url"], 200, [("Content-Type", "text/html; charset=utf-8")], body)
        archive.set_raw(aid, str(warc.relative), offset)
    # An old portal: windows-1258 (à = 0xE0), declared in the header.
    old = next(i for i in items if i["site"] == "lmhtx-phutho")
    body = b"<html><body><p>Ph\xfa Th\xf5: H\xe0 N\xf4\xf4i</p></body></html>"
    offset = warc.write(old["url"], 200, [("Content-Type", "text/html; charset=windows-1258")], body)
    archive.set_raw(doc_id(old["canonical_url"]), str(warc.relative), offset)
    # One article with two versions.
    first = dict(items[0])
    first["text"] += "\nCập nhật: bổ sung số liệu."
    first["content_hash"] = hashlib.sha256((first["title"] + first["text"]).encode()).hexdigest()
    archive.upsert(doc_id(first["canonical_url"]), first)
    warc.close()
    return backend, archive, items


XSS_ID = doc_id(XSS_URL)


def fetch(base: str, path: str, **params):
    """(status, headers, body bytes) of a GET; never raises on HTTP errors."""
    url = base + path + (("?" + urlencode(params)) if params else "")
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return r.status, r.headers, r.read()
    except urllib.error.HTTPError as e:
        with e:
            return e.code, e.headers, e.read()


# --- the monitoring pages' archive ---------------------------------------------------------

NOW = datetime(2025, 9, 15, 9, 0, tzinfo=TZ)  # a Monday: ISO week 2025-W38
HOSTILE = "<script>alert(1)</script> HTX rau sạch Ia Grai <img src=x onerror=alert(2)>"
NFD_TITLE = unicodedata.normalize("NFD", "Hợp tác xã Phú Mỹ đón nhận Huân chương Lao động")
JS_URL = "javascript:alert(3)"

REGISTRY = """
sites:
  - {id: vca, province: vn, name: Liên minh Hợp tác xã Việt Nam, start_urls: ['https://vca.org.vn/']}
  - {id: lmhtx-daknong, province: dak-nong, name: Liên minh HTX tỉnh Đắk Nông, start_urls: ['https://lmhtx.daknong.gov.vn/']}
  - {id: lmhtx-lamdong, province: lam-dong, name: Liên minh HTX tỉnh Lâm Đồng, start_urls: ['https://lienminhhtx.lamdong.gov.vn/']}
  - {id: lmhtx-binhthuan, province: binh-thuan, name: Liên minh HTX tỉnh Bình Thuận, start_urls: ['https://lmhtx.binhthuan.gov.vn/']}
  - {id: lmhtx-hanoi, province: ha-noi, name: Liên minh HTX thành phố Hà Nội, start_urls: ['https://lienminhhtx.hanoi.gov.vn/']}
  - {id: lmhtx-gialai, province: gia-lai, name: Liên minh HTX tỉnh Gia Lai, start_urls: ['https://lienminhhtx.gialai.gov.vn/']}
  - {id: lmhtx-ninhbinh, province: ninh-binh, name: Liên minh HTX tỉnh Ninh Bình, start_urls: ['https://lienminhhtx.ninhbinh.gov.vn/']}
  - {id: lmhtx-namdinh, province: nam-dinh, name: Liên minh HTX tỉnh Nam Định, start_urls: ['https://lienminhhtx.namdinh.gov.vn/']}
  - {id: lmhtx-cantho, province: can-tho, name: Liên minh HTX thành phố Cần Thơ, start_urls: ['https://lienminhhtx.cantho.gov.vn/']}
  - {id: lmhtx-hue, province: thua-thien-hue, name: Liên minh HTX tỉnh Thừa Thiên Huế, start_urls: ['https://lmhtx.hue.gov.vn/']}
"""

# (site, province as published, published, title) archived by the first (full) run ...
FIRST_RUN = [
    ("vca", "vn", "2024-10-05T08:00:00+07:00", "Liên minh HTX Việt Nam tập huấn chuyển đổi số"),
    ("vca", "vn", "2025-01-10T09:30:00+07:00", "Tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025"),
    ("vca", "vn", "2025-03-20T14:00:00+07:00", "Diễn đàn kinh tế tập thể vùng đồng bằng sông Hồng"),
    ("vca", "vn", "2025-06-02T08:00:00+07:00", "Hướng dẫn thi hành Luật Hợp tác xã năm 2023"),
    ("vca", "vn", "2025-08-28T10:00:00+07:00", "Hội nghị sơ kết 6 tháng đầu năm 2025"),
    ("lmhtx-daknong", "dak-nong", "2024-11-12T10:15:00+07:00", "HTX cà phê Thuận An đạt OCOP 4 sao"),
    ("lmhtx-daknong", "dak-nong", "2025-02-14T08:00:00+07:00", "Tập huấn quản trị cho cán bộ hợp tác xã"),
    ("lmhtx-daknong", "dak-nong", "2025-05-05T08:00:00+07:00", "Đắk Nông: HTX sầu riêng xuất khẩu lô đầu tiên"),
    ("lmhtx-lamdong", "lam-dong", "2025-07-15T15:00:00+07:00", "Liên minh HTX tỉnh Lâm Đồng (mới) ra mắt"),
    ("lmhtx-lamdong", "lam-dong", "2025-08-12T09:00:00+07:00", "HTX nông nghiệp công nghệ cao ở Đơn Dương"),
    ("lmhtx-lamdong", "lam-dong", "2025-09-01T09:00:00+07:00", "Lâm Đồng hỗ trợ HTX tiếp cận vốn vay"),
    ("lmhtx-binhthuan", "binh-thuan", "2025-04-18T07:45:00+07:00", "HTX thanh long Hàm Minh mở rộng vùng trồng"),
    ("lmhtx-hanoi", "ha-noi", "2024-12-01T10:00:00+07:00", "Hà Nội: hội chợ sản phẩm OCOP của HTX"),
    ("lmhtx-hanoi", "ha-noi", "2025-03-03T10:00:00+07:00", "Hà Nội hỗ trợ HTX tham gia chuỗi giá trị"),
    ("lmhtx-hanoi", "ha-noi", "2025-06-18T10:00:00+07:00", "Tọa đàm tín dụng cho kinh tế tập thể"),
    ("lmhtx-hanoi", "ha-noi", "2025-08-20T10:00:00+07:00", "HTX rau an toàn Văn Đức mở điểm bán mới"),
    ("lmhtx-hanoi", "ha-noi", "2025-09-08T10:00:00+07:00", "Hà Nội: 50 HTX kiểu mới được thành lập"),
    ("lmhtx-ninhbinh", "ninh-binh", "2025-04-02T16:20:00+07:00", "Ninh Bình: đại hội thành viên thường niên"),
    ("lmhtx-ninhbinh", "ninh-binh", "2025-05-20T11:00:00+07:00", "HTX du lịch Tràng An phát triển sản phẩm mới"),
    ("lmhtx-namdinh", "nam-dinh", "2025-01-22T09:00:00+07:00", "Nam Định: HTX nuôi ngao Giao Thủy"),
    ("lmhtx-cantho", "can-tho", "2025-07-30T09:00:00+07:00", "Cần Thơ phát triển HTX vườn cây ăn trái"),
    ("lmhtx-hue", "thua-thien-hue", "2025-08-05T10:00:00+07:00", "Huế: HTX nón lá Phú Cam giữ nghề"),
    ("lmhtx-gialai", "gia-lai", "2025-02-02T08:00:00+07:00", NFD_TITLE),
]
# ... and by the last (incremental) run.
LAST_RUN = [
    ("lmhtx-lamdong", "lam-dong", "2025-09-12T08:00:00+07:00", "Lâm Đồng: HTX cà phê Cầu Đất liên kết xuất khẩu"),
    ("lmhtx-lamdong", "lam-dong", "2025-09-14T08:00:00+07:00", "Hội nghị Ban Chấp hành Liên minh HTX tỉnh Lâm Đồng"),
    ("lmhtx-daknong", "dak-nong", "2025-09-10T08:00:00+07:00", "Gia Nghĩa: HTX mắc ca ký hợp đồng bao tiêu"),
    ("lmhtx-hanoi", "ha-noi", "2025-09-11T08:00:00+07:00", "Hà Nội: HTX vận tải chuyển sang xe buýt điện"),
    ("lmhtx-gialai", "gia-lai", "2025-09-13T08:00:00+07:00", HOSTILE),
    ("vca", "vn", None, "Thông báo lịch tiếp công dân của Liên minh HTX Việt Nam"),
]


def _item(i: int, site: str, prov: str, published: str | None, title: str) -> dict:
    url = f"https://{site}.example.vn/tin-tuc/bai-{i:03d}.html"
    if title == HOSTILE:
        url = JS_URL  # a crawled URL that is not http(s): never a link
    text = (f"{unicodedata.normalize('NFC', title)}. Bài viết số {i} của {site}.\n"
            + ("\x0b<b>chữ đậm</b> & ký tự điều khiển.\n" if title == HOSTILE else "")
            + "Liên minh Hợp tác xã tiếp tục hỗ trợ các hợp tác xã, tổ hợp tác phát triển sản xuất, "
            "mở rộng thị trường, ứng dụng chuyển đổi số và nâng cao thu nhập cho thành viên. " * 3)
    return {
        "url": url, "canonical_url": f"https://{site}.example.vn/tin-tuc/bai-{i:03d}.html", "site": site,
        "province": prov, "province_today": provinces.today(prov), "title": title, "text": text,
        "published": published, "published_source": "metadata" if published else None,
        "published_missing": None if published else "no date on the page",
        "author": "Ban Tuyên truyền" if i % 2 else None, "doc_number": None, "attachments": [],
        "fetched_at": "2025-09-15T02:00:00+07:00", "family": "portal",
        "content_hash": hashlib.sha256((title + text).encode()).hexdigest(),
        "fingerprint": hashlib.sha1(text.encode()).hexdigest()[:16],
    }


def _site_stats(site: str, *, responses: int, articles: int, links: int, items: int, dated: int, authors: int,
                listing: int = 3) -> dict:
    p = f"portals/site/{site}"
    return {f"{p}/responses": responses, f"{p}/listing": listing, f"{p}/article": articles,
            f"{p}/article_links": links, f"articles/kept/{site}": items, f"coverage/{site}/items": items,
            f"coverage/{site}/published": dated, f"coverage/{site}/author": authors, f"coverage/{site}/text": items}


def _record_run(archive: Archive, sites: list, registry: Path, items: list[dict], stats: dict) -> None:
    """One finished crawl run that archived `items`, as the pipelines record it."""
    run = archive.start_run([s.id for s in sites], str(registry))
    for item in items:
        archive.upsert(doc_id(item["canonical_url"]), item, run_id=run)
    archive.finish_run(run, status="finished", reason="finished", stats=stats, new=len(items), changed=0)


def build_monitored(tmp: Path):
    """A real Archive with two finished runs and a real embedded index; returns
    (backend, archive, sites, items of the first run, items of the last run)."""
    from search.embedded import EmbeddedIndex

    registry = tmp / "sites.yaml"
    registry.write_text(REGISTRY, encoding="utf-8")
    sites = load_sites(registry)
    archive = Archive(tmp)
    first = [_item(i, *row) for i, row in enumerate(FIRST_RUN)]
    last = [_item(100 + i, *row) for i, row in enumerate(LAST_RUN)]

    stats1 = {"downloader/request_count": 240, "elapsed_time_seconds": 1830.4, "finish_reason": "finished"}
    for s in sites:
        stats1.update(_site_stats(s.id, responses=24, articles=6, links=8, items=6, dated=6, authors=6))
    _record_run(archive, sites, registry, first, stats1)

    stats2 = {"downloader/request_count": 61, "elapsed_time_seconds": 185.2, "finish_reason": "finished"}
    for s in sites:
        stats2.update(_site_stats(s.id, responses=4, articles=1, links=6, items=1, dated=1, authors=1))
        stats2[f"incremental/known/{s.id}"] = 5
    stats2.update(_site_stats("lmhtx-hanoi", responses=5, articles=2, links=7, items=2, dated=2, authors=1))
    # Cần Thơ answered 500 to everything; Huế's layout changed: pages, but no article link.
    for key in [k for k in stats2 if "lmhtx-cantho" in k]:
        del stats2[key]
    stats2.update({"portals/site/lmhtx-cantho/responses": 3, "portals/site/lmhtx-cantho/errors": 3,
                   "portals/site/lmhtx-cantho/http_500": 3})
    stats2.update(_site_stats("lmhtx-hue", responses=4, articles=0, links=0, items=0, dated=0, authors=0, listing=4))
    _record_run(archive, sites, registry, last, stats2)

    backend = EmbeddedIndex(tmp / "search.sqlite3")
    backend.index([to_document(item) for item in first + last])
    return backend, archive, sites, first, last
