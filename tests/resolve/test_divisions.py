"""Administrative divisions from the cpca dataset: lookups, short names, the mention index."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from policykg.resolve import divisions as dv


@pytest.mark.parametrize("name,full,level", [
    ("上海", "上海市", "province"), ("上海市", "上海市", "province"), ("重庆", "重庆市", "province"),
    ("北京", "北京市", "province"), ("天津市", "天津市", "province"), ("广东省", "广东省", "province"),
    ("广东", "广东省", "province"), ("深圳", "深圳市", "city"), ("深圳市", "深圳市", "city"),
    ("广西", "广西壮族自治区", "province"), ("内蒙古", "内蒙古自治区", "province"),
    ("延边", "延边朝鲜族自治州", "city"), ("吉林", "吉林省", "province"),
    ("全国", "全国", "nation"), ("国家", "全国", "nation"), (" 上海 ", "上海市", "province"),
])
def test_lookup_region(name, full, level):
    r = dv.lookup_region(name)
    assert (r.name, r.level) == (full, level)


def test_region_records():
    assert dv.lookup_region("上海").adcode == "310000000000"
    sz = dv.lookup_region("深圳")
    assert (sz.adcode, sz.parent, sz.short) == ("440300000000", "广东省", "深圳")
    assert dv.lookup_region("上海").name_en == "Shanghai"
    assert dv.lookup_region("火星") is None


@pytest.mark.parametrize("name,within,full,adcode,parent", [
    ("浦东", None, "浦东新区", "310115000000", "上海市"),
    ("浦东新区", "上海市", "浦东新区", "310115000000", "上海市"),
    ("闵行", None, "闵行区", "310112000000", "上海市"),
    ("南山区", "深圳", "南山区", "440305000000", "深圳市"),
    ("南山", "广东省", "南山区", "440305000000", "深圳市"),
    ("江北", "重庆", "江北区", "500105000000", "重庆市"),
    ("忠县", None, "忠县", "500233000000", "重庆市"),
    ("石柱", None, "石柱土家族自治县", "500240000000", "重庆市"),
])
def test_lookup_district(name, within, full, adcode, parent):
    d = dv.lookup_district(name, within=within)
    assert (d.name, d.adcode, d.parent, d.level) == (full, adcode, parent, "district")


def test_ambiguous_short_name_needs_a_region():
    assert {d.parent for d in dv.district_candidates("南山")} == {"深圳市", "鹤岗市"}
    assert dv.lookup_district("南山") is None
    assert dv.lookup_district("南山", within="黑龙江省").parent == "鹤岗市"
    assert dv.lookup_district("朝阳", within="北京").adcode == "110105000000"
    assert dv.lookup_district("两江新区") is None  # a national new area, not an administrative division


@pytest.mark.parametrize("full,short", [
    ("浦东新区", "浦东"), ("闵行区", "闵行"), ("忠县", "忠县"), ("城区", "城区"), ("晋江市", "晋江"),
    ("广西壮族自治区", "广西"), ("内蒙古自治区", "内蒙古"), ("黔南布依族苗族自治州", "黔南"),
    ("彭水苗族土家族自治县", "彭水"), ("神农架林区", "神农架"), ("香港特别行政区", "香港"), ("上海市", "上海"),
])
def test_short_name(full, short):
    assert dv.short_name(full) == short


def test_district_names_index():
    idx = dv.district_names()
    assert [d.adcode for d in idx["浦东"]] == ["310115000000"]
    assert [d.adcode for d in idx["浦东新区"]] == ["310115000000"]
    assert len(idx["南山区"]) == 2
    for word in ("城区", "郊区", "矿区", "新区", "市中", "比如", "资源", "公安"):
        assert word not in idx
    assert "吉林" not in idx and "朝阳" not in idx and "朝阳区" in idx  # region names are not districts
    assert all(len(form) >= 2 for form in idx)
    shanghai = dv.district_names("上海市")
    assert len(shanghai) == 32 and {d.parent for ds in shanghai.values() for d in ds} == {"上海市"}


def test_dataset_levels():
    every = dv.divisions()
    levels = {d.level for d in every.values()}
    assert levels == {"province", "city", "district"}
    assert sum(d.level == "province" for d in every.values()) == 34
    assert not any(d.name in {"市辖区", "县"} for d in every.values())


def test_loading_does_not_import_cpca():
    code = "import sys; from policykg.resolve import divisions as d; d.district_names(); print('cpca' in sys.modules, 'pandas' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["False", "False"]


@pytest.mark.parametrize("name, city", [
    ("龙华区", "深圳市"), ("坪山区", "深圳市"), ("光明区", "深圳市"), ("钱塘区", "杭州市"), ("临平区", "杭州市"),
    ("红谷滩区", "南昌市"), ("章丘区", "济南市"), ("郫都区", "成都市"),
])
def test_divisions_made_since_the_2017_dataset(name, city):
    """cpca's table is of 2017; the districts made since come from data/divisions-update.csv."""
    assert dv.lookup_district(name, within=city).parent == city


def test_a_county_made_a_district_replaces_it():
    """肥乡县 became 肥乡区 and 梁平县 梁平区: one division each, so the short name stays unambiguous."""
    assert [d.name for d in dv.district_candidates("肥乡")] == ["肥乡区"]
    assert [d.name for d in dv.district_candidates("梁平")] == ["梁平区"]
    assert dv.district_candidates("肥乡县") == []
    assert [d.name for d in dv.district_candidates("滦县")] == ["滦县"]  # gone, not replaced: older texts name it


def test_the_update_is_package_data():
    import tomllib

    conf = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text(encoding="utf-8"))
    assert "data/*" in conf["tool"]["setuptools"]["package-data"]["policykg.resolve"]
    rows = dv._update_rows()
    assert len(rows) > 100 and all(len(code) == 12 and code.isdigit() for code, _name, _r in rows)
