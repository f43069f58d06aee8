# title-zh: 关于某实体的一切：类型、属性、关联及其来源文件
# title-en: Everything known about an entity: types, properties and links, with their source documents
# param: name (name) — 实体名称（任何类型），如 脑机接口 / 浦东 / 市科委 | name of any entity, e.g. 脑机接口
# example: name=脑机接口
# iri-columns: entity_iri, value_iri
# list-columns: sources
# note: direction is "→" for links from the entity, "←" for links to it, empty for its own properties.
// Rows as the SPARQL twin reads them from RDF: classes (with the Document/Region subclass), literals
// (labels, altLabels, vocabulary prefLabel/scopeNote, data properties), links both ways, and the
// funding, target year and vocabulary broader/related links; labels spelled out from the ontology.
MATCH (n) WHERE $name IN n.name_keys
OPTIONAL MATCH (c:Concept {uri: n.uri}) WHERE n:Field
WITH n, c, [l IN labels(n) WHERE l IN ['Document', 'Region', 'District', 'Zone', 'Cluster', 'Field', 'Programme', 'Measure', 'Target', 'Organization', 'Scenario', 'Person']][0] AS type,
     {Document: '政策文件', Region: '地区', District: '区县', Zone: '功能区', Cluster: '产业集群', Field: '产业领域', Programme: '计划行动', Measure: '政策措施', Target: '发展目标', Organization: '机构', Scenario: '应用场景', Person: '人物', Interpretation: '政策解读', NewsReport: '新闻报道', PolicyText: '政策文本', Nation: '国家', Province: '省级地区', City: '地级市'} AS classes,
     {doc_type: '文件类型', date: '发布日期', valid_from: '施行日期', valid_until: '有效期至', issuer: '发布机构名称', region_level: '文件层级', file: '源文件', sha256: '文本摘要值', chars: '字符数', level: '行政层级', adcode: '行政区划代码', kind: '类别', short: '简称', referenced: '引用', section: '章节', cap_ratio: '资助比例上限', amounts_wan_yuan: '资助金额（万元）', year: '目标年份', metric: '指标', value: '目标值', value_min: '目标下限', unit: '单位', qualifier: '限定词', direction: '发展方向'} AS props,
     {COVERS_REGION: '覆盖地区', ISSUED_BY: '发布机构', JURISDICTION: '所属辖区', ABOUT: '解读或报道', HAS_CLUSTER: '提出集群', HAS_FIELD: '布局领域', HAS_DISTRICT: '涉及区县', HAS_ZONE: '涉及功能区', HAS_PROGRAMME: '部署计划', HAS_MEASURE: '包含措施', SETS_TARGET: '设定目标', MENTIONS_ORGANIZATION: '提及机构', HAS_SCENARIO: '提出场景', MENTIONS_PERSON: '提及人物', IN_REGION: '所属地区', INCLUDES_FIELD: '包含领域', LOCATED_IN: '布局区县', PART_OF: '隶属', RELATED: '相关领域', BROADER: '上位领域', WORKS_FOR: '任职于'} AS links,
     {identifier: '文件标识', maxFunding: '最高资助', targetTime: '目标时间'} AS extra
WITH n, c, type, classes, props, links, extra,
     [type] + CASE type
       WHEN 'Document' THEN [CASE n.doc_type WHEN '政策解读' THEN 'Interpretation' WHEN '新闻报道' THEN 'NewsReport' ELSE 'PolicyText' END]
       WHEN 'Region' THEN [t IN [CASE n.level WHEN 'nation' THEN 'Nation' WHEN 'province' THEN 'Province' WHEN 'city' THEN 'City' END] WHERE t IS NOT NULL]
       ELSE [] END AS types,
     CASE WHEN c IS NOT NULL THEN [c.name, c.name_en] WHEN type = 'Field' THEN [n.name, n.name_en] ELSE [] END AS pref
WITH n, c, links,
     [t IN types | {property: '类型', value: classes[t], direction: '', sources: [], value_iri: 'https://w3id.org/policykg/ontology#' + t}]
     + [v IN [n.name, n.name_en] WHERE v IS NOT NULL | {property: '名称', value: v, direction: '', sources: []}]
     + [v IN n.aliases + coalesce(c.alt_labels, []) | {property: '别名', value: v, direction: '', sources: []}]
     + [v IN pref WHERE v IS NOT NULL | {property: '规范名称', value: v, direction: '', sources: []}]
     + [v IN coalesce(c.scope_notes, []) | {property: 'scopeNote', value: v, direction: '', sources: []}]
     + [v IN coalesce(c.sources, []) | {property: 'source', value: v, direction: '', sources: []}]
     + CASE WHEN type = 'Document' THEN [{property: extra.identifier, value: n.key, direction: '', sources: []}] ELSE [] END
     + reduce(acc = [], k IN [k IN keys(n) WHERE props[k] IS NOT NULL] |
         acc + [v IN CASE WHEN n[k] IS :: LIST<ANY> THEN n[k] ELSE [n[k]] END |
                {property: props[k], value: v, direction: '', sources: []}])
     + CASE WHEN n.max_funding_wan_yuan IS NULL THEN [] ELSE [{property: extra.maxFunding,
         value: '最高' + CASE WHEN n.max_funding_wan_yuan = toInteger(n.max_funding_wan_yuan)
                          THEN toString(toInteger(n.max_funding_wan_yuan))
                          ELSE toString(n.max_funding_wan_yuan) END + '万元',
         direction: '→', sources: [],
         value_iri: 'https://w3id.org/policykg/id/funding/' + substring(n.uri, size('https://w3id.org/policykg/id/' + toLower(type) + '/'))}] END
     + CASE WHEN type = 'Target' AND n.year IS NOT NULL THEN [{property: extra.targetTime, value: toString(toInteger(n.year)),
         direction: '→', sources: [], value_iri: 'https://w3id.org/policykg/id/year/' + toString(toInteger(n.year))}] ELSE [] END
     + COLLECT { MATCH (c)-[s:SKOS_BROADER|SKOS_RELATED]->(o)
                 RETURN {property: CASE type(s) WHEN 'SKOS_BROADER' THEN '上位概念' ELSE '相关概念' END, value: o.name,
                         direction: '→', sources: [], value_iri: o.uri} }
     + COLLECT { MATCH (n)-[r]->(o) WHERE links[type(r)] IS NOT NULL
                 RETURN {property: links[type(r)], value: o.name, direction: '→', sources: r.documents, value_iri: o.uri} }
     + COLLECT { MATCH (n)<-[r]-(o) WHERE links[type(r)] IS NOT NULL
                 RETURN {property: links[type(r)], value: o.name, direction: '←', sources: r.documents, value_iri: o.uri} }
     AS rows
UNWIND rows AS row
WITH n, row.property AS property, row.value AS value, row.direction AS direction, row.value_iri AS value_iri,
     collect(row.sources) AS source_lists
RETURN $name AS name, n.name AS entity, property, value, direction,
       reduce(acc = [], s IN source_lists | acc + [x IN s WHERE NOT x IN acc]) AS sources,
       n.uri AS entity_iri, value_iri
ORDER BY entity_iri, direction, property, value
