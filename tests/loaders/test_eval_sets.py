"""The extractor on real documents beyond the seed corpus (``tests/data/<set>/``).

Each set was collected with hand-written gold digests (``tests/data/gold/SCHEMA.md``,
conventions in ``tests/data/CONVENTIONS.md``) *before* the extractor saw it, and
measured then (the first-seen score in its ``SOURCES.md``). The misses of a set
prompted general changes, after which it became a regression guard: the floor is the
score measured after those changes, less 0.05. Raise a floor when the extractor
improves. Scores here are of each set's repository part (journalism stays outside).

The name-shape test runs the shape guard (:mod:`policykg.loaders.words.shape`) over every
name extracted from every set and over every gold name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from scoring import TEST_SETS, extract_folder, jurisdiction_counts, score_folder, scorer

from policykg.loaders.reading.document import Doc
from policykg.loaders.reading.text import normalize, read_document
from policykg.loaders.rules.metadata import extract_metadata
from policykg.loaders.words.shape import shape_problem

DATA = Path(__file__).resolve().parents[1] / "data"

#: set → (first-seen F1 of the repository part, F1 after the fixes it prompted)
#: (the sets of scoring.TEST_SETS are test sets of issue #12: measured once, no rule changed for them
#: and nothing trained on them; their floors only guard against regressions. heldout89-98 were the eleventh
#: round's test sets and are development data since the twelfth round, heldout99-108 the twelfth round's, since the
#: thirteenth, 2026-12-05; heldout109-113, measured on arrival in the thirteenth round, then shaped some of its
#: rules and are development data too, as is heldout117, the fourteenth round's first batch; the learned screen
#: and typer train on development sets' records only, through heldout113 and heldout117 since the fourteenth round;
#: heldout125-126, measured on arrival in the fifteenth round with its learned tagger, are development data, and the
#: tagger trains on the development sets through them; heldout127-128, all news, measured on arrival in the sixteenth
#: round, are development data, and so are heldout129-130, measured on arrival after the round's first changes; the
#: tagger trains on the development sets through heldout130 since then; heldout131-132 are the round's test sets,
#: heldout133-134, measured on arrival after them, development data; heldout135-136, gathered after the round's last
#: rule, its final test sets; heldout137-138, all news, measured on arrival in the seventeenth round, are development
#: data, and heldout139-140, gathered with them and kept unmeasured until the round's last rule, its test sets;
#: the same for the eighteenth round: heldout141-142 development data, heldout143-144 its test sets; and for the
#: nineteenth: heldout145-146 development data, heldout147-148 its test sets, heldout149-150 test sets gathered
#: after its last rule; the twentieth: heldout151 and heldout153, measured on arrival and never looked into, its
#: test sets, heldout152, 154, 155 and 156, measured on arrival, development data, and heldout157-158, gathered
#: during the round, and heldout159-160, gathered after its last rule, measured once with its final code, test sets;
#: the twenty-first: heldout161, 162 and 164, measured on arrival, development data, heldout163, measured on arrival
#: and never looked into, a test set; heldout165 and 166, measured after the round's first rules, development data
#: and a test set; heldout167 and 168, gathered during the round and measured once with its final code, test sets)
SETS = {"unseen": (0.587, 1.0), "heldout2": (0.592, 0.958), "heldout3": (0.599, 0.896),
        "heldout4": (0.653, 0.955), "heldout5": (0.576, 0.913), "heldout6": (0.708, 0.824),
        "heldout7": (0.683, 0.683), "heldout8": (0.602, 0.814), "heldout9": (0.675, 0.817),
        "heldout10": (0.735, 0.815), "heldout11": (0.681, 0.853), "heldout12": (0.702, 0.809),
        "heldout13": (0.802, 0.935), "heldout14": (0.619, 0.821), "heldout15": (0.692, 0.837),
        "heldout16": (0.779, 0.794), "heldout17": (0.743, 0.743), "heldout18": (0.627, 0.943),
        "heldout19": (0.727, 0.908), "heldout20": (0.560, 0.745), "heldout21": (0.694, 0.732),
        "heldout22": (0.690, 0.769), "heldout23": (0.705, 0.705), "heldout24": (0.835, 0.835),
        "heldout25": (0.718, 0.718), "heldout26": (0.812, 0.812), "heldout27": (0.646, 0.646),
        "heldout28": (0.617, 0.617), "heldout29": (0.687, 0.687), "heldout30": (0.691, 0.691),
        "heldout31": (0.883, 0.883), "heldout32": (0.606, 0.606), "heldout33": (0.690, 0.873),
        "heldout34": (0.896, 0.896), "heldout35": (0.762, 0.906), "heldout36": (0.832, 0.882),
        "heldout37": (0.899, 0.899), "heldout38": (0.506, 0.848), "heldout39": (0.864, 0.864),
        "heldout40": (0.582, 0.582), "heldout41": (0.622, 0.781), "heldout42": (0.846, 0.901),
        "heldout43": (0.684, 0.684), "heldout44": (0.809, 0.877), "heldout45": (0.743, 0.782),
        "heldout46": (0.603, 0.751), "heldout47": (0.708, 0.708),
        "heldout48": (0.817, 0.817), "heldout49": (0.677, 0.677),
        "heldout50": (0.720, 0.906), "heldout51": (0.598, 0.598),
        "heldout52": (0.690, 0.802), "heldout53": (0.663, 0.663),
        "heldout54": (0.738, 0.830),
        "heldout55": (0.747, 0.747), "heldout56": (0.675, 0.675),
        "heldout57": (0.839, 0.839), "heldout58": (0.731, 0.731),
        "heldout59": (0.648, 0.815), "heldout60": (0.630, 0.630),
        "heldout61": (0.759, 0.759), "heldout62": (0.704, 0.704),
        "heldout63": (0.714, 0.714), "heldout64": (0.736, 0.736), "heldout65": (0.714, 0.714),
        "heldout66": (0.795, 0.795), "heldout67": (0.719, 0.719), "heldout68": (0.795, 0.795),
        "heldout69": (0.742, 0.742), "heldout70": (0.655, 0.655),
        "heldout71": (0.527, 0.527), "heldout72": (0.730, 0.730),
        "heldout73": (0.675, 0.738), "heldout74": (0.672, 0.674), "heldout75": (0.784, 0.780),
        "heldout76": (0.670, 0.836), "heldout77": (0.592, 0.592), "heldout78": (0.790, 0.790),
        "heldout79": (0.685, 0.685), "heldout80": (0.675, 0.675),
        "heldout81": (0.779, 0.779), "heldout82": (0.774, 0.774),
        "heldout83": (0.764, 0.764), "heldout84": (0.732, 0.732),
        "heldout85": (0.645, 0.645), "heldout86": (0.792, 0.792),
        "heldout87": (0.712, 0.785), "heldout88": (0.790, 0.870),
        "heldout89": (0.794, 0.833), "heldout90": (0.702, 0.760),
        "heldout91": (0.605, 0.880), "heldout92": (0.720, 0.858), "heldout93": (0.693, 0.743),
        "heldout94": (0.673, 0.745), "heldout95": (0.699, 0.735), "heldout96": (0.728, 0.751),
        "heldout97": (0.786, 0.822), "heldout98": (0.653, 0.700),
        "heldout99": (0.786, 0.865), "heldout100": (0.620, 0.785), "heldout101": (0.739, 0.831),
        "heldout102": (0.645, 0.795), "heldout103": (0.730, 0.888), "heldout104": (0.679, 0.828),
        "heldout105": (0.736, 0.902), "heldout106": (0.757, 0.888),
        "heldout107": (0.808, 0.890), "heldout108": (0.755, 0.878),
        "heldout109": (0.693, 0.863), "heldout110": (0.689, 0.863),
        "heldout111": (0.767, 0.907), "heldout112": (0.784, 0.806), "heldout113": (0.740, 0.846),
        "heldout114": (0.679, 0.679), "heldout115": (0.766, 0.766), "heldout116": (0.638, 0.638),
        "heldout117": (0.576, 0.792), "heldout118": (0.790, 0.790),
        "heldout119": (0.643, 0.643), "heldout120": (0.828, 0.828),
        "heldout121": (0.667, 0.667), "heldout122": (0.828, 0.828),
        "heldout123": (0.757, 0.757), "heldout124": (0.724, 0.724),
        "heldout125": (0.710, 0.849), "heldout126": (0.701, 0.859),
        "heldout127": (0.664, 0.814), "heldout128": (0.670, 0.803),
        "heldout129": (0.717, 0.790), "heldout130": (0.737, 0.834),
        "heldout131": (0.669, 0.669), "heldout132": (0.758, 0.758),
        "heldout133": (0.667, 0.717), "heldout134": (0.788, 0.865),
        "heldout135": (0.747, 0.747), "heldout136": (0.772, 0.772),
        "heldout137": (0.689, 0.766), "heldout138": (0.681, 0.754),
        "heldout139": (0.641, 0.641), "heldout140": (0.585, 0.585),
        "heldout141": (0.791, 0.821), "heldout142": (0.649, 0.677),
        "heldout143": (0.716, 0.716), "heldout144": (0.653, 0.653),
        "heldout145": (0.563, 0.786), "heldout146": (0.627, 0.823),
        "heldout147": (0.878, 0.878), "heldout148": (0.727, 0.727),
        "heldout149": (0.785, 0.785), "heldout150": (0.797, 0.797),
        "heldout151": (0.763, 0.761), "heldout152": (0.659, 0.791), "heldout153": (0.687, 0.687),
        "heldout154": (0.664, 0.833), "heldout155": (0.724, 0.831), "heldout156": (0.810, 0.887),
        "heldout157": (0.633, 0.633), "heldout158": (0.688, 0.688),
        "heldout159": (0.758, 0.758), "heldout160": (0.642, 0.642),
        "heldout161": (0.681, 0.795), "heldout162": (0.686, 0.841), "heldout163": (0.669, 0.669),
        "heldout164": (0.732, 0.861), "heldout165": (0.795, 0.880), "heldout166": (0.747, 0.747),
        "heldout167": (0.695, 0.695), "heldout168": (0.703, 0.703),
        "heldout169": (0.725, 0.780), "heldout170": (0.762, 0.762), "heldout171": (0.756, 0.830),
        "heldout172": (0.783, 0.783), "heldout173": (0.700, 0.700), "heldout174": (0.705, 0.705),
        "heldout175": (0.758, 0.758), "heldout176": (0.709, 0.709),
        "heldout177": (0.689, 0.689), "heldout178": (0.821, 0.821),
        "heldout179": (0.789, 0.816), "heldout180": (0.715, 0.753),
        "heldout181": (0.730, 0.730), "heldout182": (0.767, 0.767),
        "heldout183": (0.710, 0.710), "heldout184": (0.790, 0.790),
        "heldout185": (0.830, 0.863), "heldout186": (0.776, 0.804),
        "heldout187": (0.756, 0.775), "heldout188": (0.846, 0.868),
        "heldout189": (0.793, 0.802), "heldout190": (0.795, 0.800),
        "heldout191": (0.731, 0.731), "heldout192": (0.705, 0.705),
        "heldout193": (0.642, 0.696), "heldout194": (0.686, 0.728),
        "heldout196": (0.625, 0.656),
        "heldout195": (0.744, 0.744), "heldout197": (0.791, 0.791), "heldout198": (0.789, 0.789),
        "heldout200": (0.693, 0.699), "heldout199": (0.589, 0.589), "heldout201": (0.706, 0.706),
        "heldout202": (0.783, 0.783), "heldout203": (0.770, 0.770),
        "heldout204": (0.691, 0.743), "heldout205": (0.664, 0.745), "heldout206": (0.732, 0.722),
        "heldout207": (0.715, 0.748),
        "heldout208": (0.732, 0.732), "heldout209": (0.807, 0.807),
        "heldout210": (0.767, 0.781), "heldout211": (0.741, 0.767),
        "heldout212": (0.711, 0.711), "heldout213": (0.803, 0.807),
        "heldout214": (0.667, 0.803), "heldout215": (0.772, 0.791),
        "heldout216": (0.671, 0.671), "heldout217": (0.718, 0.718),
        "heldout218": (0.740, 0.814), "heldout219": (0.726, 0.837),
        "heldout220": (0.707, 0.707), "heldout221": (0.850, 0.850),
        "heldout222": (0.826, 0.904), "heldout223": (0.804, 0.804), "heldout224": (0.761, 0.761),
        "heldout225": (0.817, 0.847), "heldout226": (0.857, 0.857), "heldout227": (0.743, 0.743),
        "heldout228": (0.753, 0.753), "heldout229": (0.678, 0.678), "heldout230": (0.778, 0.778),
        "heldout231": (0.714, 0.714), "heldout232": (0.795, 0.795),
        "heldout233": (0.698, 0.698), "heldout234": (0.803, 0.803),
        "heldout235": (0.807, 0.807), "heldout236": (0.766, 0.766),
        "heldout237": (0.756, 0.756), "heldout238": (0.563, 0.563), "heldout239": (0.773, 0.773),
        "heldout240": (0.743, 0.797), "heldout241": (0.751, 0.751),
        "heldout242": (0.757, 0.757), "heldout243": (0.800, 0.800), "heldout244": (0.848, 0.848),
        "heldout245": (0.611, 0.611), "heldout246": (0.833, 0.833),
        "heldout247": (0.678, 0.689), "heldout248": (0.856, 0.856),
        "heldout249": (0.784, 0.784), "heldout250": (0.762, 0.762),
        "heldout251": (0.854, 0.854), "heldout252": (0.811, 0.811),
        "heldout253": (0.733, 0.733), "heldout254": (0.848, 0.848),
        "heldout255": (0.626, 0.626), "heldout256": (0.815, 0.815),
        "heldout257": (0.763, 0.763), "heldout258": (0.791, 0.791),
        "heldout259": (0.752, 0.752), "heldout260": (0.722, 0.722),
        "heldout261": (0.834, 0.834), "heldout262": (0.577, 0.577),
        "heldout263": (0.789, 0.789), "heldout264": (0.629, 0.629),
        "heldout265": (0.800, 0.800), "heldout266": (0.727, 0.727),
        "heldout267": (0.560, 0.560), "heldout268": (0.813, 0.813),
        "heldout269": (0.728, 0.728), "heldout270": (0.667, 0.667),
        "heldout271": (0.800, 0.800), "heldout272": (0.740, 0.740),
        "heldout273": (0.689, 0.775), "heldout274": (0.754, 0.754),
        "heldout275": (0.735, 0.735), "heldout276": (0.731, 0.731),
        "heldout277": (0.736, 0.736), "heldout278": (0.833, 0.833),
        "heldout279": (0.815, 0.815), "heldout280": (0.649, 0.649),
        "heldout281": (0.742, 0.742), "heldout282": (0.593, 0.593),
        "heldout283": (0.716, 0.768), "heldout284": (0.726, 0.726),
        "heldout285": (0.804, 0.804), "heldout286": (0.866, 0.866),
        "heldout287": (0.744, 0.744), "heldout288": (0.759, 0.759),
        "heldout289": (0.777, 0.777), "heldout290": (0.811, 0.811),
        "heldout291": (0.808, 0.808)}
KINDS = {"clusters": "cluster", "fields": "field", "districts": "district", "zones": "zone",
         "programmes": "programme", "measures": "measure", "organizations": "organization",
         "scenarios": "scenario", "people": "person"}


def test_the_test_sets_are_evaluation_sets():
    assert TEST_SETS <= set(SETS)


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_text_has_gold(name):
    texts = {p.stem for p in (DATA / name).glob("*.txt")}
    golds = {p.stem for p in (DATA / name / "gold").glob("*.json")}
    assert texts and texts == golds
    for stem in golds:
        gold = json.loads((DATA / name / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
        assert gold["document"]["file"] == f"{stem}.txt"


@pytest.mark.parametrize("name", sorted(SETS))
def test_micro_f1_stays_above_floor(name):
    floor = round(SETS[name][1] - 0.05, 3)
    result = score_folder(DATA / name, DATA / name / "gold")
    print(f"\n{name}\n{result['table']} (floor {floor})")
    assert result["overall"][2] >= floor, result["table"]


def _names(digest: dict):
    for key, kind in KINDS.items():
        for item in digest.get(key) or []:
            yield kind, item if isinstance(item, str) else item["name"]


@pytest.mark.parametrize("name", sorted(SETS))
def test_every_extracted_name_has_the_shape_of_a_name(name):
    bad = [(stem, kind, n, problem) for stem, d in extract_folder(DATA / name).items()
           for kind, n in _names(d) if (problem := shape_problem(n, kind))]
    assert not bad


#: gold names that the guard rejects on purpose, each with why (the sets were measured before anyone
#: looked; the guard is not loosened for a test set, and its gold is not rewritten to suit the guard)
GUARD_STRICTER = {
    ("heldout289", "氢能利用"): "a use of an area (…利用), as 循环利用 in heldout242",
    ("heldout288", "新型智慧城市"): "a smart-city plan's subject, as in heldout276 and 286",
    ("heldout288", "成立航空成都有限公司"): "a company whose trade name 成立 is also the verb to found, which the guard reads as opening a clause",
    ("heldout286", "智慧城市"): "a smart-city plan's subject, as in heldout276; the guard takes 智慧城市 at a field's end for a programme's",
    ("heldout286", "新型智慧城市"): "the same",
    ("heldout286", "互联网和相关服务业"): "a statistical sector whose name holds 相关 (related), which the guard reads as a plural",
    ("heldout286", "电信、广播电视和卫星传输服务业"): "a statistical sector named with a list inside it (、): the guard ends a name at 、",
    ("heldout285", "通化正和"): "a company's trade name ending on 和 (正和), which the guard reads as a connective left open",
    ("heldout285", "加速‘六个回归’推动医药健康产业高质量发展工作领导小组"): "a leading group named for its remit, which opens on the verb 加速",
    ("heldout284", "全国工业机器人技术应用技能大赛"): "a named national contest (大赛 is a programme word); the guard takes a name "
        "opening on 全国 for a plural",
    ("heldout281", "感知中国中心"): "a platform named for the 感知中国 slogan; the guard reads 感知 as a verb opening it",
    ("heldout281", "超硬材料"): "superhard materials, an industry; the guard reads 超 as an adverb opening a clause",
    ("heldout282", "环大罗山科创走廊"): "a corridor named for the mountain it rings; the guard reads 环 as a verb opening it",
    ("heldout282", "鼓励园区智能制造服务商为园区企业开展智能化改造规划咨询、方案设计等"): "a funded item named by its whole opening clause, "
        "its list's 等 kept; the guard takes a trailing 等 for a cut list",
    ("heldout282", "将支持渭南新能源汽车产业园区发展列入全省国民经济和社会发展第十三个五年规划纲要、“十三五”全省产业结构调整规划"): "a reply's "
        "promise named by its whole clause; the guard holds measure names to 48 characters",
    ("heldout282", "对渭南市新能源汽车涉及的审批事项,及时给予办理"): "a reply's promise named by its whole clause; the guard reads 对 as "
        "a preposition opening a clause",
    ("heldout279", "和风风电"): "a wind-power firm whose brand begins with 和; the guard reads 和 as the conjunction opening a list's item",
    ("heldout278", "休闲农业"): "leisure farming, an industry a farm plan develops; the guard reads 休闲 as a verb and its object",
    ("heldout277", "通道物流"): "logistics along a trade corridor, one of a province's ten eco-industries; the guard reads 通道 as a verb",
    ("heldout276", "自贸园区企业创新中心"): "a platform named for the free-trade park's firms; the guard reads 自 as a pronoun opening it",
    ("heldout276", "智慧城市"): "a smart-city plan's subject; the guard takes 智慧城市 at a field's end for a programme's",
    ("heldout276", "新型智慧城市"): "a smart-city plan's subject; the guard takes 智慧城市 at a field's end for a programme's",
    ("heldout273", "江苏和泰新材料"): "和泰 is the firm's brand; the guard reads a province joined by 和 to a second body",
    ("heldout270", "智慧城市"): "a smart-city plan's subject; the guard takes 智慧城市 at a field's end for a programme's",
    ("heldout270", "加注装备"): "加注 (to refuel) opens refuelling equipment; the guard reads it as a verb and its object",
    ("heldout266", "智慧城市"): "a city's smart-city plan makes 智慧城市 its field; the guard takes 智慧城市 at a field's end for a programme's",
    ("heldout267", "兰州"): "a national new area listed by its city's name alone (…、兰州、广州南沙…新区); the guard takes a city for no zone",
    ("heldout267", "长春"): "a national new area listed by its city's name alone; the guard takes a city for no zone",
    ("heldout267", "福州"): "a national new area listed by its city's name alone; the guard takes a city for no zone",
    ("heldout267", "哈尔滨"): "a national new area listed by its city's name alone; the guard takes a city for no zone",
    ("heldout263", "跳伞航空飞行"): "跳伞 (to parachute) opens an area of flying sports; the guard reads it as a verb",
    ("heldout263", "全国低空空域协同管理试点改革"): "全国 opens deictic phrases far more often than names",
    ("heldout264", "集成光电子器件设计和制造"): "集成 (to integrate) opens integrated photonics; the guard reads it as a verb",
    ("heldout264", "集成电路相关材料制备"): "相关 (related) reads as a plural word (相关部门) inside the name",
    ("heldout259", "永安市委"): "a county-level city's committee written with its full name and 委 alone: the guard's district test "
    "wants two or more characters after the place (left as it is: a test batch)",
    ("heldout257", "中科院重庆绿色智能技术研究院卫星导航与对地观测工程中心"): "对 inside a name reads as a clause word far more often",
    ("heldout257", "阿里"): "a company's short name that is also a place (阿里地区)",
    ("heldout257", "北斗在轨道交通行业中应用论坛"): "在 inside a name reads as a clause word far more often",
    ("heldout136", "底盘细胞构建"): "a task's verb ends it; the guard keeps …构建 out of fields",
    ("heldout136", "生物元器件库设计构建"): "the same",
    ("heldout136", "无细胞合成生物体系构建"): "the same",
    ("heldout136", "全国量子信息未来产业科技园试点"): "全国 opens deictic phrases far more often than names",
    ("heldout136", "铜"): "a one-character field; the guard asks two or more",
    ("heldout138", "阿里"): "阿里 is also a prefecture of 西藏; a place's name alone is no body's (a development set's gold, as written)",
    ("heldout140", "深空探测及空间飞行器在轨服务与维护系统"): "19 characters, over the 18 a field's name may have",
    ("heldout140", "煤炭清洁高效利用"): "a use of an area (…利用) ends no field's name",
    ("heldout140", "重点新材料研发及应用"): "重点 opens a task far more often than a name",
    ("heldout140", "海南"): "a zone named by a province's name alone (the base in 海南州): the guard takes it for the place",
    ("heldout140", "海西"): "the same (the base in 海西州)",
    ("heldout143", "海参副产物资源利用"): "a use of an area (…利用) ends no field's name",
    ("heldout145", "联合飞机"): "a firm named with a verb of joining (联合), which opens clauses far more often",
    ("heldout146", "超硬材料"): "超 opens a clause (超过) more often than a material's name",
    ("heldout149", "每经"): "an outlet's two-character short name that opens on 每 (each), a quantifier the guard rejects",
    ("heldout155", "着力解决发展平台载体“机制不活”问题"): "着力 (an adverb of effort) opens clauses far more often than a measure's heading",
    ("heldout155", "着力解决产业发展初期“没钱办事”问题"): "the same",
    ("heldout155", "着力解决产业项目招引“要素不全”问题"): "the same",
    ("heldout160", "新能源汽车及电池与相关材料"): "相关 (related) marks a plural the guard keeps out of a field's name",
    ("heldout161", "运行保障"): "保障 (safeguarding) ends tasks and measures far more often than a field's name",
    ("heldout163", "免疫制品"): "免疫 is tagged a verb, which opens clauses far more often than names",
    ("heldout163", "“12218\"现代产业体系"): "a quote opened with “ and closed with a straight quote, as the page wrote it",
    ("heldout163", "菏泽在京流动党员党委"): "在 inside a name opens a clause far more often (在京: a body's own words)",
    ("heldout163", "单县在京流动党员党委"): "the same",
    ("heldout163", "单县在京青年联合会"): "the same",
    ("heldout164", "废弃资源综合利用"): "a use of an area (…利用) ends no field's name",
    ("heldout165", "启动区实训基地"): "启动 (to start) opens clauses far more often than a zone's name",
    ("heldout166", "成(都)德(阳)高端能源装备集群"): "a name written with the rest of two cities' names in brackets, which the guard reads as clause words",
    ("heldout167", "得到App"): "得到 (to get) opens clauses far more often than a firm's or an app's name",
    ("heldout168", "温州湾新区(高新区、经开区)党政办公室"): "a list inside the brackets of a body's name, whose 、 the guard reads as clause punctuation",
    ("heldout169", "交通拥堵"): "a scene named by a four-character word the guard reads as an idiom",
    ("heldout169", "经创智和"): "a firm's name opening on 经 (through), which opens clauses far more often",
    ("heldout175", "全国工业一体化鲁北大数据中心项目"): "a project named with the nation's word 全国 first, which opens phrases far more often",
    ("heldout175", "省药监局无锡检查分局"): "a branch named after the bureau it belongs to, which the guard reads as two bodies joined",
    ("heldout176", "太阳能光伏和热利用"): "a use of an area (…利用) ends no field's name",
    ("heldout179", "废弃资源综合利用"): "a use of an area (…利用) ends no field's name",
    ("heldout189", "支持设立在黑龙江省的中国石墨产业发展联盟开展石墨及石墨烯共性技术攻关、加快公共服务平台和重点应用示范工程建设"):
        "a reply's numbered heading of 54 characters, over the 48 a measure's name may have",
    ("heldout189", "设立石墨产业发展专项,支持石墨烯研发、制备和产业化应用,提升石墨烯等关键新材料的国际竞争力"):
        "a reply's numbered heading written as three clauses, whose commas the guard reads as clause punctuation",
    ("heldout189", "超高清视频产业发展试验区"): "超高 is read as a degree word, which opens phrases far more often than a zone's name",
    ("heldout190", "分立器件"): "分立 (to split off) opens clauses far more often than a device's kind (discrete devices)",
    ("heldout181", "和美科盛生物"): "a firm's name opening on 和, which joins two names far more often than it opens one",
    ("heldout183", "超硬材料"): "超 opens a clause (超过) more often than a material's name (as heldout146's)",
    ("heldout192", "发展低空经济工作组"): "a working group named by its task, whose verb (发展) opens clauses far more often than a body's name",
    ("heldout186", "模拟芯片"): "模拟 (to simulate) opens clauses far more often than a chip's kind (analog)",
    ("heldout151", "城市数字化转型"): "a change a city makes (…转型) ends no field's name far more often than it ends one",
    ("heldout197", "加速进化"): "a firm named by a verb of speed (加速), which opens clauses far more often than a name",
    ("heldout200", "空天信息实时处理与在轨智能融合"): "在轨 (in orbit) holds 在, which opens clauses inside names far more often",
    ("heldout201", "思也其"): "a firm's short name holding 也, which is a clause word far more often",
    ("heldout201", "启动区"): "启动 (to start) opens clauses far more often than a zone's name (as heldout165's 启动区实训基地)",
    ("heldout201", "电信、移动、联通互联网产业园"): "a park named after three firms written with 、, which the guard reads as clause punctuation",
    ("heldout203", "共识机制"): "a consensus mechanism (…机制) is a technology here, but 机制 ends reforms far more often than fields",
    ("heldout204", "预制菜"): "预制 (to prefabricate) opens clauses far more often than the name of a food industry",
    ("heldout204", "服务外包"): "服务 (to serve) opens clauses far more often than a field's name (as 服务外包, service outsourcing)",
    ("heldout204", "国家光伏、储能实证实验平台"): "a platform named after two fields written with 、, which the guard reads as clause punctuation",
    ("heldout206", "研发设计"): "研发 (to research) opens clauses far more often than a field's name (research and design services)",
    ("heldout207", "和合新能源组装车"): "a firm named 和合 (和 opens a joined item far more often than a name)",
    ("heldout210", "萧山区和西湖区合成生物未来产业先导区"): "a zone named after the two districts it spans, joined by 和, which joins two names far more often",
    ("heldout212", "膨胀石墨"): "膨胀 (to expand) opens clauses far more often than a material's name (expanded graphite)",
    ("heldout212", "膨胀石墨-密封材料"): "the same material and its use, joined by a dash",
    ("heldout212", "超硬材料"): "超 (to exceed) opens quantities far more often than a field's name (superhard materials)",
    ("heldout216", "资源循环利用"): "利用 (to use) ends clauses far more often than a field's name",
    ("heldout216", "糖"): "a one-character chain (sugar), shorter than any field the guard admits",
    ("heldout216", "铝"): "a one-character chain (aluminium), the same",
    ("heldout216", "创新药研制"): "研制 (to develop) ends clauses far more often than a field's name",
    ("heldout221", "光明区委"): "光明 (bright) opens phrases far more often than a district's name (深圳光明区)",
    ("heldout222", "深层海水利用"): "利用 (to use) ends clauses far more often than a field's name (deep seawater use)",
    ("heldout223", "协调机制办公室"): "协调 (to coordinate) opens clauses far more often than a body's name (the mechanism's office)",
    ("heldout224", "阿里"): "a firm's short name that is also a prefecture of Tibet (阿里地区)",
    ("heldout227", "泛在高精度定位"): "在 (at) inside a name is a clause's far more often than a word's (泛在, ubiquitous)",
    ("heldout227", "武汉经开区(汉南区)通用航空以及卫星产业园"): "a park named after two industries joined by 以及, which joins two names far more often",
    ("heldout228", "锻铸智能成套装备"): "锻铸 (forging and casting) is a rare word; the guard knows no field that opens with it",
    ("heldout230", "视听电子"): "视听 (audiovisual) is a rare word; the guard knows no field that opens with it",
    ("heldout230", "杭州"): "a city named as one of a list of pilot zones (上海(浦东新区)、杭州…先导区): the zone is the city",
    ("heldout230", "福州"): "a city named as one of a list of demonstration zones (福州、厦门…示范区): the zone is the city",
    ("heldout230", "厦门"): "the same list",
    ("heldout232", "阿里"): "a firm's short name that is also a prefecture of Tibet (阿里地区), as in heldout224",
    ("heldout233", "休闲农业"): "休闲 (leisure) opens clauses far more often than a field's name (leisure farming)",
    ("heldout234", "加快培育战略性新兴产业发展思路研究文件起草组"): "a drafting group named after its remit, which opens on a verb (加快培育…)",
    ("heldout193", "数据训练"): "a task's act (训练) ends it; the guard keeps …训练 out of fields (大模型训练 is a task)",
    ("heldout179", "徐大堡核电3、4号机组"): "a project naming two of its units with 、, which the guard reads as clause punctuation",
    ("heldout237", "国家发改委城市和小城镇改革发展中心"): "a centre named after its remit, 城市和小城镇, which 和 joins inside one name",
    ("heldout237", "智慧城市"): "a field of a list of focus areas (聚焦智能制造、智慧城市重点领域) that the guard reads as a scene",
    ("heldout241", "泛在信息化智能制造系统"): "在 inside (泛在, ubiquitous): the guard ends a name at 在 far more often than it cuts one",
    ("heldout241", "新疆华电乌鲁木齐光伏基地100万千瓦/ 400万千瓦时独立新型储能示范项目"): "37 characters with its capacities, over the 36 a programme's name may have",
    ("heldout241", "深圳和而泰智能"): "a firm whose name holds 而 (和而泰), a word that ends clauses",
    ("heldout242", "循环利用"): "a use of an area (…利用) ends no field's name, as 煤炭清洁高效利用 (heldout140)",
    ("heldout242", "再制造业"): "再 opens clauses (再次, 再造) far more often than a field's name",
    ("heldout242", "1.5万辆新能源客车、专用汽车组装项目"): "a project named with a list inside it (、): the guard ends a name at 、",
    ("heldout242", "光储充、换、放一体化示范站建设项目"): "the same",
    ("heldout243", "抽水蓄能"): "抽水 (to pump water) is read as a verb opening the name (pumped storage), as 膨胀 and 超 above",
    ("heldout246", "可再生能源"): "可 (may) is read as a function word opening the name (renewable energy)",
    ("heldout244", "短途运输"): "a four-character phrase the segmenter tags as an idiom (short-haul transport, a use of general aviation)",
    ("heldout247", "抽水蓄能"): "as in heldout243",
    ("heldout247", "行走中国·海外华文媒体海南行"): "an event's name that opens with a verb (行走, to walk), as a campaign's title",
    ("heldout247", "华能乌鲁木齐米东区北沙窝50万千瓦/200万千瓦时储能配套200万千瓦光伏项目"): "a project's full name with its "
    "capacities, 39 characters (the guard stops programmes at 36)",
    ("heldout250", "研发设计"): "研发 (to research) opens the name of a service sector (R&D and design)",
    ("heldout255", "以场景驱动创新"): "a principle headed 以X驱动Y (by means of X); the guard reads 以 as a preposition opening no name",
    ("heldout253", "了未元大健康产业园"): "a park whose name opens with 了, read as the aspect particle (the annotator's reading is uncertain)",
}


def test_every_gold_name_has_the_shape_of_a_name():
    golds = [(name, p) for name in SETS for p in (DATA / name / "gold").glob("*.json")]
    assert len(golds) >= 35
    bad = [(name, p.name, kind, n, problem) for name, p in golds
           for kind, n in _names(json.loads(p.read_text(encoding="utf-8")))
           if (problem := shape_problem(n, kind)) and (name, n) not in GUARD_STRICTER]
    assert not bad
    rejected = {(name, n) for name, p in golds for _, n in _names(json.loads(p.read_text(encoding="utf-8")))
                if (name, n) in GUARD_STRICTER}
    assert rejected == set(GUARD_STRICTER)  # every exception still stands in its gold


#: pooled F1 of ``document.jurisdiction`` over every set, measured when the rule was written (2026-12-07: development
#: sets 0.778, test sets 0.800, on the test sets 0.744 the first time they were read): its floor
JURISDICTION_FLOOR = 0.74


def test_jurisdiction_of_every_set_stays_above_floor():
    """The district or zone whose text a document is (the metadata alone, so every set is read in seconds)."""
    pairs = []
    for name in sorted(SETS):
        for p in sorted((DATA / name).glob("*.txt")):
            doc = Doc.from_text(normalize(read_document(p)), p.stem)
            gold = json.loads((DATA / name / "gold" / f"{p.stem}.json").read_text(encoding="utf-8"))
            pairs.append(({"document": extract_metadata(doc)}, gold))
    right, n_pred, n_gold = jurisdiction_counts(pairs)
    f1 = scorer().prf(right, n_pred, n_gold)[2]
    print(f"\njurisdiction: {right} right, {n_pred} given, {n_gold} in the golds, F1 {f1:.3f}")
    assert n_gold >= 300 and f1 >= JURISDICTION_FLOOR, (right, n_pred, n_gold, f1)
