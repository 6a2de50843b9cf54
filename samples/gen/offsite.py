"""Site `offsite`: stands for the rest of the Internet. Not in the registry; a crawl must send it
no request at all (every link to another host in the sample sites points here)."""

from __future__ import annotations

from .core import SiteBuild

PAGES = {
    "/": "Trang ngoài phạm vi thu thập",
    "/tin-tuc/bai-viet-1.html": "Báo Kinh tế hợp tác: Thị trường nông sản cuối năm",
    "/chinh-phu/": "Cổng thông tin điện tử Chính phủ",
    "/lmhtx-vn/": "Liên minh Hợp tác xã Việt Nam",
    "/bo-khdt/": "Bộ Kế hoạch và Đầu tư",
}


def build() -> SiteBuild:
    site = SiteBuild("offsite", "-", "Ngoài phạm vi", "none", None, start_urls=[], registry=False)
    for path, title in PAGES.items():
        site.page(path, f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title}</title></head>
<body><h1>{title}</h1><p>Trang này nằm ngoài các trang được thu thập. Trình thu thập không được gửi yêu cầu nào tới đây.</p>
<p><a href="/">Trang chủ</a></p></body></html>
""")
    return site
