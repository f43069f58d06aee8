# title-zh: 两个实体之间有哪些关联路径（默认最多三步，最短优先）？
# title-en: How are two entities connected (paths of up to three links by default, shortest first)?
# param: a (name) — 第一个实体名称，如 重庆 | first entity name, e.g. 重庆
# param: b (name) — 第二个实体名称，如 先进核能 | second entity name, e.g. 先进核能
# example: a=重庆 b=先进核能
# hops: 3, at most 8
# iri-columns: from_iri, via1_iri, via2_iri, to_iri
# if-empty: no path of at most {hops} links joins them (the limit in use; --param hops=N raises it, up to 8)
# note: links read "→ label" along the link's direction and "← label" against it; at most 100 paths.
# note: --param hops=N (1 to 8, default 3) sets the longest path; above 3 the answer has more via
# note: columns (via3 …), and long limits between well-connected entities take seconds.
# note: written from queries/path_between.py (one description, both engines; a test holds the files
# note: equal to it): the link alternation is a property path, link names come from OPTIONALs
# note: (rdflib evaluates OPTIONAL with bindings, but a nested join without them).
// Paths over the model's relationship types only (pkg:link), nodes all distinct, as in the SPARQL twin.
MATCH (x) WHERE $a IN x.name_keys
MATCH (y) WHERE $b IN y.name_keys AND x <> y
MATCH p = (x)-[:COVERS_REGION|ISSUED_BY|JURISDICTION|ABOUT|HAS_CLUSTER|HAS_FIELD|HAS_DISTRICT|HAS_ZONE|HAS_PROGRAMME|HAS_MEASURE|SETS_TARGET|MENTIONS_ORGANIZATION|HAS_SCENARIO|MENTIONS_PERSON|IN_REGION|INCLUDES_FIELD|LOCATED_IN|PART_OF|RELATED|BROADER|WORKS_FOR*1..3]-(y)
WITH x, y, nodes(p) AS ns, relationships(p) AS rs, length(p) AS hops
WHERE all(i IN range(0, hops) WHERE all(j IN range(i + 1, hops) WHERE ns[i] <> ns[j]))
WITH x, y, ns, hops,
     {COVERS_REGION: '覆盖地区', ISSUED_BY: '发布机构', JURISDICTION: '所属辖区', ABOUT: '解读或报道', HAS_CLUSTER: '提出集群', HAS_FIELD: '布局领域', HAS_DISTRICT: '涉及区县', HAS_ZONE: '涉及功能区', HAS_PROGRAMME: '部署计划', HAS_MEASURE: '包含措施', SETS_TARGET: '设定目标', MENTIONS_ORGANIZATION: '提及机构', HAS_SCENARIO: '提出场景', MENTIONS_PERSON: '提及人物', IN_REGION: '所属地区', INCLUDES_FIELD: '包含领域', LOCATED_IN: '布局区县', PART_OF: '隶属', RELATED: '相关领域', BROADER: '上位领域', WORKS_FOR: '任职于'} AS links,
     rs
WITH x, y, ns, hops,
     [i IN range(0, hops - 1) |
       CASE WHEN startNode(rs[i]) = ns[i] THEN '→ ' ELSE '← ' END + links[type(rs[i])]] AS ls
RETURN DISTINCT $a AS a, $b AS b, hops, x.name AS `from`, ls[0] AS link1, CASE WHEN hops > 1 THEN ns[1].name END AS via1,
       ls[1] AS link2, CASE WHEN hops > 2 THEN ns[2].name END AS via2, ls[2] AS link3,
       y.name AS `to`, x.uri AS from_iri, CASE WHEN hops > 1 THEN ns[1].uri END AS via1_iri,
       CASE WHEN hops > 2 THEN ns[2].uri END AS via2_iri, y.uri AS to_iri
ORDER BY hops, from_iri, to_iri, via1_iri, via2_iri, link1, link2, link3
LIMIT 100
