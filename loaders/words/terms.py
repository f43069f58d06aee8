"""Technology names by their head morpheme: the general vocabulary that tells a list of
technologies from a list of actions, places or uses."""

from __future__ import annotations

import re

from policykg.loaders.words.lexicon import GOVERNING_VERBS, is_sector
from policykg.loaders.words.segment import tags_of

#: The head morphemes of technology and industry names: a name that ends in one of them names a
#: technology, a product family or an industry (``高性能陶瓷材料``, ``协作机器人``, ``智能芯片``,
#: ``第三代半导体``, ``低空经济``). General vocabulary of the genre, not of any document; used to
#: tell a list of technologies (``在A、B、C等领域突破…``) from a list of actions, places or uses.
TECH_HEADS = tuple(sorted(set("""
材料 新材料 合金 陶瓷 石墨烯 纤维 涂层 薄膜 晶体 机器人 芯片 器件 元器件 电池 储能 能源 新能源 氢能 核能 聚变 核聚变 光伏
风电 氢 燃料 通信 网络 互联网 物联网 计算 算力 算法 人工智能 智能 大模型 制造 智造 装备 仪器 设备 医药 药物 药 疫苗 器械 医疗器械
生物 基因 细胞 育种 航天 航空 卫星 无人机 飞行器 航空器 汽车 船舶 半导体 集成电路 传感器 传感 显示 光电 光子 光学 激光 量子
软件 操作系统 元宇宙 区块链 大数据 云计算 视觉 终端 硬件 存储 电子 交互 虚拟现实 增强现实 扩展现实 打印 接口 脑机接口 通航
导航 北斗 遥感 信息 车 基础设施 聚变能 低空经济 数字经济 海洋经济 新型储能 芯 6G 5G 机械人 科技 技术 孪生 数字孪生 平台经济 医疗 装备制造
""".split()), key=len, reverse=True))
_TECH_END = re.compile("(?:" + "|".join(map(re.escape, TECH_HEADS)) + ")$")
_ALNUM_TERM = re.compile(r"^(?:\d[A-Za-z]|[A-Z]{2,}|[A-Za-z]+\d)[A-Za-z0-9+/]*(?:技术|产业|网络|通信)?$")


def is_term(name: str) -> bool:
    """Does ``name`` read as the name of a technology or industry (by its head morpheme)?

    A broad sector alone (``制造``, ``医疗``) is not one; nor is a name opened by a verb.

    >>> [is_term(n) for n in ("高性能陶瓷材料", "协作机器人", "6G", "第三代半导体", "私人包机", "制造", "加强人才培养")]
    [True, True, True, True, False, False, False]
    """
    name = name.strip()
    if not 2 <= len(name) <= 14 or is_sector(name) or re.search(r"[，,。；;：:、的]", name):
        return False
    if _ALNUM_TERM.match(name):
        return True
    if not _TECH_END.search(name):
        return False
    tags = tags_of(name)
    return not (len(tags) >= 2 and tags[0][0] in GOVERNING_VERBS and tags[0][1].startswith("v"))
