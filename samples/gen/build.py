"""Generate the sample sites, their ground truth, the registry and the README.

    python -m samples.gen            # writes into samples/
    python -m samples.gen --out DIR  # writes elsewhere (the tests compare)
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path

import yaml

from . import readme
from .core import SiteBuild, write_if_changed

SAMPLES_DIR = Path(__file__).resolve().parent.parent
MODULES = ["vca", "thaibinh", "ninhbinh", "daknong", "nghean", "haugiang", "kiengiang", "hue", "binhthuan", "camau",
           "haiduong", "bariavungtau", "kontum", "phutho", "yenbai", "khanhhoa", "quangtri", "namdinh", "quangbinh",
           "cantho", "soctrang", "laichau", "haiphong", "quangnam", "angiang", "longan", "dongnai", "vinhlong",
           "bacgiang", "tuyenquang", "thanhhoa", "gialai", "quangninh", "hatinh", "dongthap", "danang", "caobang",
            "lamdong", "bacninh", "tiengiang", "binhdinh", "travinh", "hagiang", "bentre", "tayninh", "quangngai",
             "hanoi", "laocai", "hungyen", "vinhphuc", "hanam", "ninhthuan", "binhphuoc", "baclieu", "thainguyen",
             "langson", "sonla", "dienbien", "daklak", "binhduong", "phuyen", "hoabinh", "backan", "hochiminh",
             "laocai_moi", "tuyenquang_moi", "cantho_moi", "dongnai_moi",
             "ninhbinh_moi", "gialai_moi", "vinhlong_moi", "camau_moi",
             "danang_moi", "khanhhoa_moi", "hungyen_moi", "dongthap_moi",
             "phutho_moi", "bacninh_moi", "thainguyen_moi",
             "haiphong_moi", "quangtri_moi", "quangngai_moi",
             "lamdong_moi", "daklak_moi", "hochiminh_moi",
             "tayninh_moi", "angiang_moi", "thanhhoa_moi",
             "hanoi_moi", "sonla_moi", "caobang_moi",
             "nghean_moi", "hatinh_moi", "quangninh_moi",
             "hue_moi", "laichau_moi", "dienbien_moi",
             "langson_moi", "quyhtx_hochiminh", "quyhtx_daklak",
             "quyhtx_hanoi", "quyhtx_nghean", "quyhtx_thanhhoa",
             "quyhtx_haiphong", "quyhtx_cantho", "quyhtx_angiang",
             "tthtx_quangninh", "tthtx_hue", "tthtx_danang",
             "tthtx_dongnai", "tthtx_khanhhoa", "tthtx_lamdong",
             "bantin_phutho", "bantin_bacninh", "bantin_ninhbinh",
             "bantin_gialai", "bantin_vinhlong", "bantin_dongthap",
             "cong_cantho", "santmdt_hungyen", "daotao_thanhhoa",
             "bantin_thanhhoa", "bantin_haiphong", "cong_nghean",
             "tapchi_kthtx", "diendan_htxnamdinh", "shop_htxlaocai",
             "congdong_quangtri", "sonnmt_hatinh", "lmhtx_tuyenquang_d10",
             "space_htxhungyen", "chuyenmuc_kthtx_baobacninh", "blog_htxninhthuan",
             "wiki_htxvietnam", "diendan_htxbacgiang", "shop_ocopthanhhoa",
             "lienminh_htxbinhdinh", "diendan_htxhagiang", "shop_ocopbentre",
             "lienminh_dienbien", "tthtx_tayninh", "cong_camau",
             "diendan_htxtravinh", "lienminh_htxbackan", "kinhtetapthe_hanam",
             "shop_ocopsonla", "wiki_lmhtxlangson", "tthtx_thainguyen",
             "diendan_htxquangngai", "kienthuc_htxbinhthuan", "shop_ocopdaklak",
             "lienminh_htxphuyen", "wiki_htxkontum", "congthongtin_htxlongan",
             "diendan_htxbinhduong", "tintuc_htxhoabinh", "congtt_htxvinhphuc",
             "blog_htxsoctrang", "bantin_htxquangbinh", "congthongtin_htxtiengiang",
             "lienminh_htxhaiduong", "tintuc_htxcaobang", "blog_htxbaclieu",
             "diendan_htxyenbai", "tintuc_htxbaclieu", "lienminh_htxbinhphuoc",
             "congdong_htxsonla", "trangtin_htxkiengiang", "nhatky_htxbentre",
             "diendan_htxthaibinh", "lienminh_htxhanam", "tin_htxvinhphuc",
             "diendan_htxhaugiang", "blog_htxquangnam", "tintuc_htxdaknong",
             "lienminh_htxhaugiang", "bantin_htxdaknong", "baiviet_htxquangnam",
             "nhatky_htxlangson", "blog_htxdienbien", "congtin_htxlaichau",
             "blog_htxlaocai", "tintuc_htxtuyenquang", "wiki_htxcaobang",
             "sotay_htxhatinh", "tintuc_htxhungyen", "trang_htxdongnai",
             "tinmoi_htxkhanhhoa", "wiki_htxlongan", "congtin_htxbentre",
             "nhatky_htxbacgiang", "trangchu_htxbariavungtau", "congthongtin_htxnamdinh",
             "wiki_htxninhthuan", "tintuc_htxbackan", "blog_htxbinhduong",
             "portal_htxbariavungtau", "cttdt_htxbinhdinh", "hoatdong_htxbinhphuoc",
             "ghichep_htxbinhthuan", "viet_htxhagiang", "nhatky_htxhaiduong",
             "thongtin_htxnamdinh", "tinhoatdong_htxninhthuan", "baocao_htxbacgiang",
             "tin_htxhoabinh", "congdong_htxkiengiang", "thongbao_htxkontum",
             "trangtin_htxbaclieu", "bantin_htxbinhduong", "baiviet_htxcamau",
             "trangtin_htxphuyen", "blog_htxquangbinh", "tin_htxsoctrang",
             "thaoluan_htxthaibinh", "sotay_htxtiengiang", "nhatky_htxtravinh",
             "ctt_htxlamdong", "tintuc_htxkontum", "ghichep_htxangiang",
             "cong_htxtayninh", "nhatky_htxlaichau", "trang_htxsonla",
             "congtin_htxyenbai", "trangchu_htxangiang", "tailieu_htxbackan",
             "trangweb_htxhaiphong", "gioithieu_htxquangtri", "duan_htxthanhhoa",
             "tailieu_htxdaklak", "mangluoi_htxnghean", "tin_htxhanam",
             "dientu_htxtuyenquang", "congtt_htxhatinh", "thongtin_htxcaobang",
             "noibo_htxhoabinh", "nhatky_htxvinhphuc", "album_htxthaibinh",
             "cttdt_htxyenbai", "huongdan_htxquangninh", "blog_htxthainguyen",
             "tinbai_htxquangngai", "nhipsong_htxtiengiang", "sotay_htxdongthap",
             "tinnhanh_htxbacninh", "tintuc_htxlangson", "cong_htxquangtri",
             "blog_htxvinhlong", "ghichep_htxphutho", "lienminh_htxkhanhhoa",
             "goctin_htxbinhthuan", "thongtin_htxdanang", "bantin_htxhaugiang",
             "hoatdong_htxhaiduong", "diendan_htxkiengiang", "sotay_htxphuyen",
             "cttdt_htxgialai", "trangtin_htxninhthuan", "mangxa_htxbinhphuoc",
             "congdong_htxlongan", "thudientu_htxnamdinh", "thuvien_htxtravinh",
             "congtin_htxbacgiang", "trang_htxhochiminh", "tintuc_htxquangnam",
             "mangxa_htxbinhdinh", "anh_htxhagiang", "nhatky_htxquangbinh",
             "diendan_htxhue", "diendan_htxsoctrang", "wiki_htxdaknong",
             "trang_htxbariavungtau", "tin_htxbackan", "bantin_htxbaclieu",
             "portal_htxthainguyen", "blog_htxlaichau", "trangweb_htxhoabinh",
             "diendan_htxphuyen", "thaoluan_htxdienbien", "thudientu_htxninhthuan",
             "congdong_htxkontum", "video_htxtravinh", "mangxa_htxlongan",
             "wiki_htxyenbai", "thuvien_htxtiengiang", "shop_htxbinhphuoc",
             "cuahang_htxhaugiang", "kho_htxthanhhoa", "mangxa_htxvinhlong",
             "congtt_htxbacninh", "trangtt_htxquangninh", "tintuc_htxgialai",
             "diendan_htxlamdong", "hoidap_htxcantho", "diendan_htxdanang",
             "baiviet_htxthaibinh", "sotay_htxnamdinh", "blog_htxhatinh",
             "cong_htxhungyen", "portal_htxlaocai", "web_htxtuyenquang",
             "mangxh_htxcaobang", "anh_htxlangson", "xahoi_htxdienbien",
             "site_htxbentre", "trang_htxsoctrang", "htx_kontum",
             "oa_htxquangtri", "bbs_htxninhbinh", "congdong_htxphuyen",
             "tailieu_htxhanam", "tin_htxbinhthuan", "cfm_htxkhanhhoa",
             "social_htxquangngai", "akkoma_htxbacninh", "gnusocial_htxyenbai",
             "forum_htxhoabinh", "lists_htxtiengiang", "nhom_htxvinhlong",
             "htx_dongnai", "trang_htxtayninh", "blog_htxangiang",
             "lienminh_htxdongthap", "trangweb_htxvinhphuc", "gianhang_htxkiengiang",
             "nhatky_htxbinhdinh", "butky_htxquangnam", "sotay_htxkiengiang",
             "luutru_htxhaiduong", "congvu_htxbinhdinh", "congtichhop_htxdaknong",
             "impresscms_htxhatinh", "nextcloud_htxbackan", "keystone_htxsoctrang",
             "tiki_htxbacgiang", "groupsio_htxthainguyen", "mahara_htxnamdinh",
             "hatena_htxhagiang", "tistory_htxquangbinh", "note_htxhue",
             "sakai_htxhanam", "docs_htxbinhphuoc", "gitea_htxquangngai",
             "jive_htxquangninh", "livedoor_htxnamdinh", "velog_htxhaiduong",
             "chamilo_htxcamau", "openedx_htxbinhduong", "ilias_htxphutho",
             "ameba_htxphutho", "naver_htxbinhduong", "seesaa_htxbariavungtau",
             "trangviet_htxtravinh", "nhatkyso_htxlamdong", "bangtin_htxsonla",
             "xanga_htxcamau", "pligg_htxbinhduong", "blackboard_htxbariavungtau",
             "telligent_htxhochiminh", "dasblog_htxhanoi", "exponent_htxdanang",
             "thutin_htxthaibinh", "hotro_htxlaocai", "giaidap_htxbentre",
             "wikidot_htxlaichau", "hive_htxdongthap", "cotonti_htxhaugiang",
             "anchor_htxbentre", "jamroom_htxdaklak", "hubpages_htxcantho",
             "xaraya_htxdaknong", "gila_htxninhbinh", "n2cms_htxnghean",
             "fandom_htxtuyenquang", "pbworks_htxkontum", "wikka_htxninhbinh",
             "svbtle_htxtuyenquang", "koken_htxlamdong", "readymag_htxquangtri",
             "mangxahoi_htxlongan", "trangtin_htxhagiang", "nhipcau_htxvinhphuc",
             "automad_htxquangnam", "zenario_htxbacgiang", "netcat_htxhaugiang",
             "hostcms_htxbacgiang", "instantcms_htxbaclieu", "crownpeak_htxhochiminh",
             "vocal_htxhaiphong", "bsky_htxbaclieu", "calameo_htxninhthuan",
             "squidex_htxquangnam", "cockpit_htxbinhthuan", "q2a_htxgialai",
             "offsite"]
# Other looks of a site (a redesign), written into <site>/<theme>/ and served only when a test
# switches the running site to them (SampleSites.set_theme); not in the registry.
THEMES = ["hue_theme2"]


def build_all() -> list[SiteBuild]:
    sites = []
    for name in MODULES:
        site = importlib.import_module(f".{name}", __package__).build()
        site.finalize()
        site.check()
        sites.append(site)
    return sites


def build_themes() -> list[SiteBuild]:
    themes = []
    for name in THEMES:
        theme = importlib.import_module(f".{name}", __package__).build()
        theme.finalize()
        theme.check()
        themes.append(theme)
    return themes


def registry_text(sites: list[SiteBuild]) -> str:
    entries = [s.registry_entry() for s in sites if s.registry]
    return ("# yaml-language-server: $schema=../crawler/sites.schema.json\n"
            "# Registry of the LOCAL sample sites (samples/). Generated by\n"
            "# `python -m samples.gen`; {{base:ID}} is replaced with the live address by\n"
            "# SampleSites.write_registry() or `python -m samples.server`.\n"
            + yaml.safe_dump({"sites": entries}, allow_unicode=True, sort_keys=False, width=120))


def write_all(out: Path, sites: list[SiteBuild] | None = None,
              themes: list[SiteBuild] | None = None) -> list[SiteBuild]:
    """The sites (all of them by default, with their themes), the registry and the README."""
    if not sites:
        sites = build_all()
        themes = build_themes() if themes is None else themes
    for site in [*sites, *(themes or [])]:
        site.write(out)
    write_if_changed(out / "sites.yaml", registry_text(sites).encode("utf-8"))
    write_if_changed(out / "README.md", readme.render(sites).encode("utf-8"))
    return sites


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=SAMPLES_DIR)
    args = parser.parse_args(argv)
    sites = write_all(args.out)
    for s in sites:
        print(f"{s.id:18} {len(s.articles):3} articles  {len(s.files):4} files")


if __name__ == "__main__":
    main()
