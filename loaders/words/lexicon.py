"""General vocabularies of the genre: verbs, generic words, suffixes.

Nothing here names a particular document; these are the words Chinese
industrial-policy texts are written with.
"""

from __future__ import annotations

import functools
import re

HAN = r"\u4e00-\u9fff"
NAME_CHARS = rf"[{HAN}A-Za-z0-9·“”\-]"

#: Words of time that open a clause (目前长三角…创新园、…: not part of the first name after them).
TIME_WORDS = frozenset("目前 当前 如今 眼下 近年来 近年 此前 近日 日前 现在 今年 去年 同时 现阶段 当下".split())

#: Verbs and prepositions that stand in front of a name and are not part of it, and words of time.
LEAD_WORDS = sorted(TIME_WORDS | set("""
依托 发挥 支持 推进 着力推进 建设 成立 组建 设立 加快设立 筹建 加快筹建 办好 放大 联动 举办 推动 打造
鼓励 引导 联合 会同 由 在 对 与 向 以 通过 围绕 面向 建立 搭建 探索设立 探索 积极 加快 重点 着力 进一步
深化 加强 争取 纳入 已经 已 经 建成 新建 认定 获批 推出 发布 培育 引进 聚焦 谋划 布局 构建 创建 争创 实施 开展 启动 部署 组织 参与 承办
重点依托 充分发挥 用好 做强 做优 做大 支持建设 加快建设 加快推进 推动建设 积极参与 吸引 对接 携手 依靠
但不限于 不限于 比如 例如 如 包括 其中 并 和 及 或 等 还有 以及 分别是 即 特别是 尤其是 主要 全力 大力 同时 持续 不断 加速
研究 制定 完善 优化 提升 强化 开发 开放 推广 打响 形成 共建 合作 配合 指导 牵头 协同 与会 出席 召开 的 将 回答 争设 选取
据 旗下 战略投资 图为 更好
""".split()), key=len, reverse=True)
_LEAD_RE = re.compile("^(?:" + "|".join(map(re.escape, LEAD_WORDS)) + ")")

#: Words that make a name generic when the whole name is made of them.
GENERIC_WORDS = sorted(set("""
未来 未来产业 全国 全球 世界 产业 创新 科技 技术 国家 国家级 省级 市级 区级 特色 重点 新型 综合 综合性 联合 合作 专业 高水平 一流 国际
一批 若干 各类 相关 示范 标杆 中试 概念验证 智能 数字 绿色 高端 前沿 先进 共性 开放 共享 公共 服务 研发 成果 转化 孵化
加速 集聚 应用 场景 工业化 产业化 企业 高校 大学 新兴 优势 主导 核心 关键 基础 平台 公共服务 科研 研究 交流 合作交流
发展 创业 创新创业 人才 海外 离岸 领军 高能级 高质量 一体化 融合 协同 战略 咨询 引导 投资 资本 金融 市场 市场化 全市
全省 全区 本市 我市 本地 当地 区域 地方 行业 领域 标准 检验 检测 认证 评测 孵化器 加速器 园区 基地 载体 空间 功能 首批
第一批 卡脖子 硬科技 专项 重要 跨国 大型 市内 天使 创业 展示 推广 该 其 各 多 大 小 新 老 好 强 高 低 中 上 下 省 市 区 县 一个 一家 产学研 政产学研用 知识产权 科学 工程 试点
新闻 集群 产业集群 国内 首个 首家 全市 全省 本区 领域 高能级 产业发展 新兴 境外 海外 国内外 供需 协会 商会 低碳 政策性 商业性 开发性 目标 制造业
""".split()), key=len, reverse=True)


def strip_lead(name: str) -> str:
    """Drop leading verbs/prepositions: ``依托重庆大学`` → ``重庆大学``.

    >>> strip_lead("着力推进金凤实验室")
    '金凤实验室'
    """
    prev = None
    while prev != name:
        prev = name
        m = _LEAD_RE.match(name)
        if m and len(name) - m.end() >= 2:
            name = name[m.end():]
    return name


def is_generic(stem: str) -> bool:
    """True when ``stem`` is made only of generic words (``未来产业科技``).

    >>> is_generic("未来产业"), is_generic("金凤"), is_generic("新型工业化产业示范")
    (True, False, True)
    """
    stem = re.sub(r"[\d\s“”\"'、，,()（）和与及]", "", stem)
    if not stem:
        return True
    return _covered(stem)


_GENERIC_SET = frozenset(GENERIC_WORDS)
_GENERIC_MAX = max(map(len, GENERIC_WORDS))


@functools.lru_cache(maxsize=65536)
def _covered(s: str) -> bool:
    """Can ``s`` be segmented entirely into generic words? (dynamic programming)"""
    ok = [True] + [False] * len(s)
    for i in range(1, len(s) + 1):
        for k in range(1, min(i, _GENERIC_MAX) + 1):
            if ok[i - k] and s[i - k:i] in _GENERIC_SET:
                ok[i] = True
                break
    return ok[-1]


#: Words that open a quantified collective (``一批``, ``若干``): never part of a name.
PLURAL_LEAD = re.compile(r"^(?:一批|若干|各类|多个|一系列|一些|部分|这些|相关|其他|其它|\d+[个家项所]|[一二三四五六七八九十]+[个家项所])")

#: Commitment verbs that govern a list of fields or directions.
COMMIT_VERBS = ("优先发展", "积极发展", "着力发展", "加快布局", "发展壮大", "加快培育", "加速布局", "前瞻布局", "超前布局", "提前布局", "重点发展", "聚焦发展",
                "培育壮大", "谋划布局", "积极培育", "大力发展", "加快发展", "前瞻谋划", "重点布局", "重点培育",
                "聚焦", "布局", "发展", "培育", "推动", "谋划", "突破", "打造", "壮大", "攻关", "抢占", "围绕",
                "瞄准", "面向", "跟踪", "探索", "融合", "包括", "涵盖", "覆盖", "开辟", "紧盯", "聚力", "抢滩")
TIER_VERBS = ("优先发展", "加快布局", "发展壮大", "加快培育", "加速布局", "前瞻布局", "超前布局", "提前布局", "培育壮大", "谋划布局",
              "积极培育", "重点发展", "重点培育", "重点布局", "大力发展", "加快发展", "跟踪")

#: The head nouns of the ``未来X`` directions used in future-industry policy.
DIRECTION_HEADS = ("健康", "智能", "能源", "空间", "材料", "制造", "信息", "交通", "农业", "环境",
                   "医疗", "生物", "电子信息", "智能装备", "生命健康", "绿色低碳", "低碳", "绿色", "数字",
                   "海洋", "空天", "医药", "装备", "通信", "智造")


def is_direction(name: str) -> bool:
    """``未来健康`` and other ``未来X`` directions (not fields).

    >>> is_direction("未来健康"), is_direction("脑机接口")
    (True, False)
    """
    return bool(re.fullmatch(rf"未来(?:{'|'.join(DIRECTION_HEADS)})", name))


#: Verbs that govern an object in policy prose: a name never begins with one.
#: (Words like 合成, 增强, 扩展, 创新 are not here: 合成生物, 增强现实 are names.)
GOVERNING_VERBS = frozenset("""
建设 建成 打造 培育 发展 推动 推进 支持 鼓励 引导 加快 提出 利用 依托 实施 开展 形成 构建 布局 聚焦 围绕 提升 规范 服务
加强 完善 深化 优化 强化 探索 组织 设立 组建 引进 举办 召开 发布 出台 印发 制定 落实 促进 实现 突破 攻关 抢占 争创 创建
争取 谋划 部署 启动 设置 新建 筹建 成立 搭建 建立 推广 用好 发挥 放大 联动 对接 吸引 集聚 壮大 做强 做优 做大 培养
引育 招引 遴选 认定 获批 入选 纳入 申报 承接 承办 参与 参加 联合 会同 牵头 配合 指导 协调 统筹 保障 加大 给予 奖励 补助 补贴
资助 扶持 运用 采用 使用 安排 提供 推出 攻克 研发 研制 赋能 带动 支撑 服务于 瞄准 面向 跟踪 抓好 抓住 把握 立足
坚持 贯彻 深入 全面 持续 积极 大力 着力 全力 重点 加速 前瞻 超前 提前 优先 率先 力争 确保 努力 进一步 不断 逐步 有序 主动
携手 介绍 表示 指出 强调 透露 回答 认为 获悉 了解 提到 谈到 宣布 发出 审议 通过 审议通过 同意 批复 批准 公布 公示 通报 表彰
命名 授予 举行 主持 出席 致辞 重视 得到 取得 成为 具有 具备 拥有 达到 获得 进入 迈入 跻身 位居 处于 显现 开拓 孕育 催生 巩固 补齐 补强 增强
谋篇布局 前瞻布局 加快布局 培育壮大 发展壮大 做优做强 做强做优 做强做大 前瞻谋划 抢滩占先 高位嫁接 确定 明确 要求
辐射 承载 串联 联通 连接 链接 覆盖 涵盖 包括 涉及 锚定 对标 开辟 拓展 拓宽 助力 助推
邀请 聚集 汇聚 结合 充分发挥 依靠 借助 利用 引领 带领 组织开展 邀约 吸纳 招募
培育出 孵化出 涌现出 打造出 集聚了 培育了 引进了 汇聚了 分布在 集中在 主攻 统筹规划
听取 赴 前往 走访 调研 考察 视察 察看 看望 慰问 督导 检查 约谈 会见 会晤 接见 座谈
突出 整合 接入 融入 呈现 新增 净增 累计新增 增设 巩固 做大做强 晋升 升级为 决战 决胜 决战决胜 让 使 使得 探索
紧盯 盯紧 紧扣 紧抓 紧跟 抢滩 卡位 聚力 聚焦聚力
""".split())

#: Function words that never begin a name: prepositions, connectives, adverbs, pronouns,
#: quantifiers (by word, whatever the segmenter tags them).
FUNCTION_WORDS = frozenset("""
在 对 为 以 从 向 由 把 将 被 给 与 同 跟 按 按照 根据 依据 通过 围绕 面向 针对 关于 对于 随着 经 经过 自 于 至 到 及 和 并 而 则
或 以及 并且 同时 此外 其中 包括 等 即 如 比如 例如 诸如 特别是 尤其是 还 也 都 再 更 已 已经 正 正在 曾 要 应 应当 需 需要 可 可以
能 能够 拟 这 该 其 此 各 每 本 我 我们 你们 他们 有关 相关 其他 其它 一批 若干 多个 一系列 一些 部分 这些 那些 所有 全部 之 的
来自 获 业经 着力 地 本次 此次 该次 初步 是 有 没有 不 未 非 均 皆 共 总 约 近 超 超过 逾 达 达到 仅 只 就 才 又 便 着 了 过 首个 首批 当
""".split())

#: Verbs that govern a programme (实施X行动): never part of its name. Other verbs may begin one
#: (开放交流合作拓展行动).
PROGRAMME_VERBS = frozenset("实施 开展 启动 推进 组织 组织实施 部署 推出 设立 落实 依托 通过 围绕 参与 争取 申报 纳入 入选 用好 结合 对接 按照".split())

#: Clause markers that never stand inside a name (``X将建成Y``, ``X则围绕Y``).
CLAUSE_WORDS = frozenset("以及 着 将 已 已经 正在 则 并 而 是 要 应 曾 均 都 也 还 又 在 纷纷 尚属 尚处 仍处 处于 属于 位于".split())


def user_dictionary():
    """``(word, tag)`` pairs loaded into the segmenter: the field vocabulary, China's
    administrative divisions, zone and organization suffixes, the verbs and function
    words of policy writing."""
    from policykg.resolve import divisions, vocabulary

    for c in vocabulary.concepts().values():
        for label in (c.key, *c.alt_labels):
            if 2 <= len(label) <= 16:
                yield label, "nz"
    for name in sorted(divisions.region_names()):
        if len(name) >= 2:
            yield name, "ns"
    for name in sorted(divisions.district_names()):
        if len(name) >= 3:
            yield name, "ns"
    for word in ZONE_WORDS + ORG_WORDS:
        yield word, "n"
    for word in sorted(KNOWN_COMPANIES):
        yield word, "nt"
    for word in sorted(GOVERNING_VERBS):
        if len(word) >= 2:
            yield word, "v"
    for word in JOINED_WORDS:
        yield word, "vn"


#: Words that open on a character which alone is a conjunction (并): beside a vocabulary word the segmenter
#: would split them (算力|并|网), and the lone 并 would end a list item.
JOINED_WORDS = ("并网", "并购", "并联", "并行", "并跑", "并存")


#: Suffix words of zones and organizations, kept whole by the segmenter.
ZONE_WORDS = ("先导区", "先行区", "示范区", "集聚区", "新片区", "高新区", "经开区", "开发区", "科学城", "科技城", "科创城",
              "产业园", "科技园", "科创园", "软件园", "实验室", "创新区", "生态城", "自贸区", "自贸试验区", "片区", "功能区")
ORG_WORDS = ("管委会", "人民政府", "办公厅", "办公室", "委员会", "研究院", "研究所", "研究中心", "创新中心", "科学中心",
             "领导小组", "工作专班", "发布会", "新闻发布会", "博览会", "经信局", "科技局", "发改委", "工信厅", "科技厅",
             "经信委", "经信厅", "财政局", "财政厅", "工信局")


#: Broad sectors of the economy: where technologies are applied, not fields themselves.
SECTORS = frozenset("""
制造 制造业 工业 农业 服务业 文化 文旅 旅游 教育 医疗 卫生 健康 养老 交通 物流 金融 商贸 商业 消费 能源 电力 建筑 城市 政务 治理
民生 社会 安全 应急 环保 家居 零售 传媒 体育 科研 汽车 家电 纺织 化工 钢铁 冶金 建材 轻工 食品 医药 电子 通信 信息 信息技术 软件
经济 生活 生产 生态 产业 商务 公共服务 城市治理 社会治理
""".split())


def is_sector(name: str) -> bool:
    """A broad sector (``制造业``, ``文化``): where fields are applied, not a field.

    >>> is_sector("文化"), is_sector("制造业"), is_sector("脑机接口")
    (True, True, False)
    """
    return name in SECTORS or (name.endswith(("业", "行业", "领域")) and name.rstrip("行业领域") in SECTORS)


#: Bare factors of production, which lists of an industry's inputs name beside fields (统筹布局算力、数据、模型): no fields.
FACTORS = frozenset({"数据", "算法", "数据资源"})


#: China's central bodies (the Party centre, the State Council, its ministries, commissions and
#: administrations, the academies): full name → short forms written for it.
NATIONAL_BODIES = {
    "中共中央": ("党中央",), "国务院": (), "中央军事委员会": ("中央军委",), "国务院新闻办公室": ("国务院新闻办", "国新办"), "全国政协": (), "国务院办公厅": (), "全国人民代表大会": ("全国人大",),
    "中央网络安全和信息化委员会办公室": ("中央网信办",), "国家互联网信息办公室": ("国家网信办",),
    "外交部": (), "国防部": (), "国家发展和改革委员会": ("国家发展改革委", "国家发改委"), "教育部": (),
    "科学技术部": ("科技部",), "工业和信息化部": ("工信部",), "国家民族事务委员会": ("国家民委",), "公安部": (),
    "民政部": (), "司法部": (), "财政部": (), "人力资源和社会保障部": ("人社部",), "自然资源部": (),
    "生态环境部": (), "住房和城乡建设部": ("住建部",), "交通运输部": (), "水利部": (), "农业农村部": (),
    "商务部": (), "文化和旅游部": ("文旅部",), "国家卫生健康委员会": ("国家卫生健康委", "国家卫健委"),
    "退役军人事务部": (), "应急管理部": (), "中国人民银行": ("人民银行",), "审计署": (),
    "国务院国有资产监督管理委员会": ("国务院国资委",), "海关总署": (), "国家税务总局": (),
    "国家市场监督管理总局": ("市场监管总局",), "国家金融监督管理总局": ("金融监管总局",), "中国证券监督管理委员会": ("中国证监会",),
    "国家广播电视总局": (), "国家体育总局": (), "国家统计局": (), "国家知识产权局": (), "国家医疗保障局": ("国家医保局",),
    "国家粮食和物资储备局": ("国家粮食和储备局",), "国家能源局": (), "国家国防科技工业局": ("国防科工局",), "国家林业和草原局": ("国家林草局",),
    "国家铁路局": (), "中国民用航空局": ("中国民航局", "民航局"), "国家邮政局": (), "国家文物局": (), "国家中医药管理局": ("国家中医药局",), "中国气象局": (), "中国地震局": (),
    "国家疾病预防控制局": ("国家疾控局",), "国家药品监督管理局": ("国家药监局",), "国家数据局": (), "国家外汇管理局": (),
    "国家标准化管理委员会": ("国家标准委",), "国家航天局": (), "国家原子能机构": (), "中国科学院": ("中科院",),
    "中国工程院": (), "中国社会科学院": (), "中国科学技术协会": ("中国科协",), "国家自然科学基金委员会": (),
    "国家国际发展合作署": (),
}


#: Companies that industrial-policy news names by their short names alone (宁德时代, 比亚迪, 华为): China's
#: large technology, vehicle, energy, equipment and telecom groups and the young firms of the frontier
#: fields (humanoid robots, large models, chips, commercial space). Written without a suffix in prose, no
#: suffix rule finds them. Names that are also common words are left out (长城, 东风, 美的, 浪潮, 远景, 大华).
KNOWN_COMPANIES = frozenset("""
华为 腾讯 阿里巴巴 阿里 百度 京东 小米 字节跳动 美团 网易 拼多多 快手 滴滴 联想集团 中兴通讯 中科曙光 海光信息
寒武纪 科大讯飞 商汤 商汤科技 旷视 云从科技 大疆 海康威视 紫光 长江存储 长鑫存储 中芯国际 华虹 京东方 海尔 格力
宁德时代 比亚迪 国轩高科 亿纬锂能 隆基绿能 隆基 通威 天合光能 晶科能源 阳光电源 金风科技 明阳智能 远景科技 吉利
长城汽车 长安汽车 奇瑞 蔚来 小鹏 理想汽车 零跑 上汽 广汽 一汽 北汽 赛力斯 宇树 宇树科技 优必选 智元 傅利叶 智谱
月之暗面 百川智能 中国移动 中国电信 中国联通 中国铁塔 国家电网 南方电网 中国石化 中国石油 中国海油 中国商飞 中国电科
中国电子 中航工业 中国中车 中国建材 中国宝武 鞍钢 中国船舶 国家能源集团 三峡集团 国家电投 中广核 中核集团 药明康德
恒瑞医药 迈瑞医疗 联影 联影医疗 华大基因 复星医药 百济神州 亿航 亿航智能 峰飞 顺丰 蓝箭航天 星际荣耀 银河航天
长光卫星 本源量子 国盾量子 潍柴 三一重工 徐工 中联重科 科沃斯 中国航天科技集团 中国航天科工集团 中国兵器 中国中化
中国化学 中国能建 中国电建 中国建筑 中国铁建 中国中铁 中国一重 哈电集团 东方电气 上海电气 歌尔 立讯精密 舜宇
蓝思科技 小马智行 文远知行 地平线 黑芝麻智能 摩尔线程 壁仞 燧原 沐曦 天数智芯 国网 南网
长电科技 通富微电 华天科技 北方华创 中微公司 拓荆科技 华润微 士兰微 闻泰科技 安世半导体 韦尔股份 兆易创新 紫光国微 卓胜微
澜起科技 沪硅产业 三安光电 天岳先进 斯达半导 芯原股份 华大九天 芯联集成 晶合集成 长川科技 华海清科 龙芯中科 兆芯 海思 平头哥
紫光展锐 翱捷科技 比特大陆 昆仑芯 后摩智能 芯擎科技 粤芯半导体 积塔半导体 第四范式 出门问问 零一万物 深度求索 阶跃星辰 面壁智能
生数科技 昆仑万维 云知声 思必驰 达闼 银河通用 星动纪元 逐际动力 帕西尼 乐聚机器人 追觅 云深处 星尘智能 普渡科技 擎朗智能
埃斯顿 新松 汇川技术 埃夫特 拓斯达 绿的谐波 兆威机电 三花智控 拓普集团 依图 旷视科技 蔚来汽车 小鹏汽车 零跑汽车 吉利汽车
奇瑞汽车 江淮汽车 上汽集团 广汽集团 北汽集团 一汽集团 东风汽车 极氪 岚图 阿维塔 哪吒汽车 广汽埃安 智己汽车 小米汽车 宇通客车
福田汽车 中国重汽 陕汽 潍柴动力 玉柴 中创新航 蜂巢能源 欣旺达 孚能科技 远景动力 卫蓝新能源 清陶能源 赣锋锂业 天齐锂业 华友钴业
格林美 贝特瑞 璞泰来 恩捷股份 容百科技 当升科技 湖南裕能 杉杉股份 天赐材料 宁德新能源 宁德时代新能源 萝卜快跑 驭势科技 主线科技
元戎启行 禾赛科技 速腾聚创 晶澳科技 阿特斯 东方日升 正泰集团 正泰 爱旭股份 TCL中环 协鑫集团 协鑫 大全能源 福斯特 固德威
锦浪科技 上能电气 海博思创 南都电源 派能科技 运达股份 三一重能 东方电缆 中天科技 亨通光电 亨通集团 亿华通 国鸿氢能 雄韬股份
美锦能源 未势能源 捷氢科技 氢晨科技 国富氢能 中集安瑞科 隆基氢能 派瑞氢能 小鹏汇天 沃飞长空 时的科技 御风未来 沃兰特 纵横股份
联合飞机 极飞科技 丰翼科技 迅蚁 天兵科技 星河动力 中科宇航 深蓝航天 九州云箭 时空道宇 微纳星空 天仪研究院 航天驭星 垣信卫星
中国卫通 国仪量子 量旋科技 玻色量子 中电信量子 图灵量子 药明生物 信达生物 君实生物 华大智造 凯赛生物 华恒生物 蓝晶微生物
微构工场 华熙生物 金斯瑞 康希诺 智飞生物 沃森生物 万泰生物 石药集团 齐鲁制药 正大天晴 科伦药业 人福医药 博睿康 脑虎科技
强脑科技 阶梯医疗 烽火通信 中际旭创 新易盛 光迅科技 华工科技 浪潮信息 浪潮集团 紫光股份 新华三 锐捷网络 深信服 奇安信
金山办公 用友网络 东软集团 软通动力 中软国际 中科星图 航天宏图 超图软件 四维图新 千方科技 TCL华星 华星光电 维信诺 和辉光电
天马微电子 中国铝业 北方稀土 中国稀土集团 厦门钨业 金力永磁 中复神鹰 光威复材 万华化学 恒力集团 荣盛石化 柳工 山河智能
铁建重工 大族激光 华中数控 科德数控 海天精工 美的集团 海信 创维 阿里云 腾讯云 华为云 百度智能云 京东科技 蚂蚁集团 中国信科
中国航发 航天科工 中国航空工业集团 国家管网 中国华能 中国大唐 中国华电 华润集团 招商局集团 中国五矿 中国有色集团 首钢 河钢
太钢 包钢 晶澳 宇通
""".split())


#: a plan's period in brackets: ``(2024—2027年)``
PERIOD = r"[(（]\s*\d{4}\s*年?\s*[-—–~至]+\s*\d{4}\s*年?\s*(?:度)?\s*[)）]"
#: the status a title may end with: a draft for comment, a trial version (``(征求意见稿)``, ``(试行)``)
STATUS = r"[(（](?:公开)?(?:征求意见稿|意见征求稿|草案|试行|送审稿|修订稿|暂行|讨论稿)[)）]"


@functools.lru_cache(maxsize=1)
@functools.lru_cache(maxsize=1)
def region_alternation() -> str:
    """Province, city and nation names of two characters or more, longest first, as a regex
    alternation (one for every module that looks for a region in a span)."""
    from policykg.resolve import divisions

    names = sorted((n for n in divisions.region_names() if len(n) >= 2), key=len, reverse=True)
    return "|".join(map(re.escape, names))


@functools.lru_cache(maxsize=1)
def place_alternation() -> str:
    """Province, city, district and nation names of two characters or more, longest first, as a regex
    alternation (for the modules that look for any place, district level included)."""
    from policykg.resolve import divisions

    names = sorted({n for n in [*divisions.region_names(), *divisions.district_names()] if len(n) >= 2}, key=len, reverse=True)
    return "|".join(map(re.escape, names))


@functools.lru_cache(maxsize=1)
def numeral_places() -> dict[str, list[str]]:
    """First numeral → the names of districts and cities of three characters or more that open on it,
    full or short (``五家渠市``, ``五台县``, ``七台河``): a reader rewriting numerals leaves them as written.

    >>> "五家渠市" in numeral_places()["五"], "七台河" in numeral_places()["七"]
    (True, True)
    """
    from policykg.resolve import divisions

    out: dict[str, list[str]] = {}
    for name in sorted({*divisions.district_names(), *divisions.region_names()}):
        if len(name) >= 3 and name[0] in "零〇一二两三四五六七八九十百千":
            out.setdefault(name[0], []).append(name)
    return out


@functools.lru_cache(maxsize=3)
def region_pattern(anchor: str = "") -> re.Pattern:
    """A region name anywhere (``""``), opening a span (``"^"``) or closing it (``"$"``)."""
    body = f"(?:{region_alternation()})"
    return re.compile({"^": "^" + body, "$": body + "$"}.get(anchor, body))
