"""How the monitoring names things for staff: a portal by its registry name, shortened the way
staff say it ("Cổng Liên minh HTX tỉnh Kiên Giang"), a province with its kind ("Tỉnh Nghệ
An"), a day as dd/mm/yyyy. The finding sentences (monitors), the alert texts (alerts) and the
dashboard use these, so a portal is called the same everywhere."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from crawler import provinces

SHORTENED = (("Hợp tác xã", "HTX"),)  # the registry's full names, as staff write them
PLACE_KINDS = {"province": "Tỉnh", "city": "Thành phố"}
NATIONAL = "Tin toàn quốc"  # the national alliance's own portals
RUN_STATUS = {"finished": "Hoàn tất", "degraded": "Chưa trọn vẹn", "failed": "Thất bại", "running": "Đang chạy"}
RUN_MODE = {"incremental": "tăng dần (chỉ bài mới)", "backfill": "toàn bộ (quét lại kho bài)"}


def portal(name: Any, site_id: Any = "") -> str:
    """'Liên minh Hợp tác xã tỉnh Kiên Giang' -> 'Cổng Liên minh HTX tỉnh Kiên Giang'; the site
    id when the registry has no name for it."""
    text = " ".join(str(name or "").split()) or str(site_id or "?")
    for long, short in SHORTENED:
        text = text.replace(long, short)
    return text if text.lower().startswith("cổng ") else f"Cổng {text}"


def place(slug: Any, name: Any = "") -> str:
    """'nghe-an' -> 'Tỉnh Nghệ An', 'ha-noi' -> 'Thành phố Hà Nội', 'vn' -> 'Tin toàn quốc'."""
    slug = str(slug or "")
    if slug == provinces.NATIONAL:
        return NATIONAL
    if provinces.is_known(slug):
        known = provinces.get(slug)
        return f"{PLACE_KINDS[known.kind]} {known.name}" if known.kind in PLACE_KINDS else known.name
    return str(name or slug or "(không rõ tỉnh)")


def day(iso: Any) -> str:
    """'2025-12-02T02:00:00+07:00' -> '02/12/2025'; '' when it is no date."""
    try:
        return date.fromisoformat(str(iso or "")[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return ""


def day_time(iso: Any) -> str:
    """'2025-12-02T02:00:00+07:00' -> '02/12/2025 02:00' (the time as written: Vietnam's)."""
    try:
        moment = datetime.fromisoformat(str(iso or ""))
    except ValueError:
        return day(iso)
    return moment.strftime("%d/%m/%Y %H:%M") if len(str(iso)) > 10 else moment.strftime("%d/%m/%Y")
