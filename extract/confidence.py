"""The extractor's confidences, in one table: how sure each rule (or model) is of what it adds.

Every entity and relation the fact rules (extract/rules/) and the learned models add carries
one of these numbers; ``kg extract --min-confidence`` and the graph filter on them. A name
says which rule the number belongs to, so a change of one rule's confidence is a change
of one line here. :data:`TABLE` lists them all (name → value), read-only.
"""
from __future__ import annotations

from types import MappingProxyType

# ------------------------------------------------------------------ entities
#: an entity the lexicon knows, matched in the text (kg_lexicon spans)
LEXICON_ENTITY = 0.95
#: a body of a chain that the lexicon knows (国务院 in 国务院办公厅)
KNOWN_BODY_IN_CHAIN = 0.95
#: a lexicon body named by a post or a document title (国务院总理, 《国务院关于…》)
LEXICON_BODY_IN_TITLE = 0.8
#: a 《document》 title
DOCUMENT = 0.9
#: a plan's or programme's name without 《》 right after 印发/出台/发布 (印发某某行动计划、某某行动方案等)
ISSUED_UNQUOTED_DOCUMENT = 0.7
#: the body a title line names before the document it issues (某省人民政府办公厅关于…的意见)
TITLE_PUBLISHER = 0.8
#: an event name (…大会, …论坛, …发布会)
EVENT = 0.85
#: a person named after a post (…局局长张兵)
OFFICIAL_NAME = 0.9
#: a further name of a series after the first (副部长辛国斌、徐晓兰)
SERIES_NAME = 0.8
#: the body chain in front of a post (自然资源部国土空间规划局|局长)
OFFICIAL_BODY = 0.85
#: a bare unit of the body listed before it (国家X局局长甲、Y司主要负责人乙)
UNIT_OF_LISTED_BODY = 0.8
#: a bare unit of the body chain earlier in the series (…部新闻发言人、运行监测协调局局长)
UNIT_OF_PREVIOUS_CHAIN = 0.8
#: the government of a place inferred from a party post (中共苏州市委副书记、市长 → 苏州市人民政府)
INFERRED_LOCAL_GOVERNMENT = 0.75
#: the party committee and the government named side by side (天津市委市政府)
PARTY_AND_GOVERNMENT = 0.75
#: a body named in running text, outside an apposition
RUNNING_TEXT_BODY = 0.75
#: a university's department named right after it (某某大学计算机系)
UNIVERSITY_DEPARTMENT = 0.75


# 某学会第六届会员代表大会: the body an event's name opens with
BODY_IN_EVENT_NAME = 0.7
#: a level's own party committee or government named without its place (省委、省政府高度重视)
BARE_LEVEL_BODY = 0.7
#: the media outlet of a dateline (新华社北京10月20日电)
DATELINE_MEDIA = 0.9
#: a reporter of a byline (记者 成静)
REPORTER_NAME = 0.9
#: a name alone in brackets closing the article (（张小明）)
FINAL_BYLINE_NAME = 0.75
#: a newspaper named before 记者 (接受中国经济时报记者采访)
MEDIA_BEFORE_REPORTER = 0.75
#: a name, body or place only the trained NER found, where the text around it agrees
STATISTICAL_NAME = 0.6
#: a member of a 、-list of bodies closed by 等…企业/媒体, beside a member another rule knows
LISTED_BODY = 0.6
#: a city named by its one-character abbreviation (在京举行)
CITY_ABBREVIATION = 0.8
#: a goal that is an item of an enumeration (一是…, 二是…)
ENUMERATED_GOAL = 0.85
#: a goal inside a quotation from a document (《意见》指出：“…”)
QUOTED_DOCUMENT_GOAL = 0.7
#: a goal clause of running text (要…, 将…, 到2025年…)
CLAUSE_GOAL = 0.65
#: a goal clause only the learned clause model found (extract/goal_model.py)
MODEL_GOAL = 0.55
#: a task clause the rules left weak (a goal verb, no modal) in a sentence where other goals were found
WEAK_CLAUSE_BESIDE_GOALS = 0.55
#: a figure of a sentence (增加值突破5000亿元)
STATISTIC = 0.75

# ------------------------------------------------------------------ relations
#: a relation whose rule names no confidence of its own
DEFAULT_RELATION = 0.8
#: a unit of a body chain is a subOrganizationOf the body before it
CHAIN_SUB_ORGANIZATION = 0.9
#: holdsPost at the body the post names (国务院|总理)
POST_OF_EMBEDDED_BODY = 0.85
#: holdsPost at the body shared with the name before (…副部长王江平和总工程师田玉龙)
POST_OF_SHARED_BODY = 0.8
#: holdsPost at a government inferred from a party post
POST_OF_LOCAL_GOVERNMENT = 0.85
#: holdsPost at a bare unit of a listed or earlier body
POST_OF_UNIT = 0.85
#: holdsPost at the body chain in front of the post
POST_OF_BODY = 0.9
#: holdsPost of a further name of a series
POST_OF_SERIES_NAME = 0.75
#: holdsPost 记者 at the media outlet of the dateline
REPORTER_POST = 0.7
#: holdsPost at the article's one university (校长某某, no body named)
SCHOOL_POST = 0.7
#: a 市委X unit belongs to the 市委 named before it
SHORT_PARTY_UNIT_PARENT = 0.8
#: a democratic party's local committee belongs to its central committee
PARTY_COMMITTEE_PARENT = 0.8
#: the speaker of an enumeration proposes its items
ENUMERATION_PROPOSER = 0.8
#: the body (or document) introducing an enumeration has its items as goals
ENUMERATION_OWNER = 0.75
#: the document quoted has the goal in the quotation
QUOTED_DOCUMENT_HAS_GOAL = 0.75
#: the body that is the clause's subject has the goal (国家数据局将加强…)
SUBJECT_HAS_GOAL = 0.65
#: the document the sentence states or goes on describing has the goal
DOCUMENT_HAS_GOAL = 0.7
#: the speaker of the sentence proposes the goal
SPEAKER_PROPOSES = 0.65
#: the 《document》 a speaker's goal names has it (确保《规划》目标任务完成)
NAMED_DOCUMENT_HAS_GOAL = 0.65
#: the speaker's body has the goal (学校将…)
SPEAKER_BODY_HAS_GOAL = 0.65
#: an event is located in the place it is held in (在北京举行)
EVENT_LOCATED_IN = 0.85
#: every speaker speaks at the article's occasion
SPEAKS_AT = 0.7
#: a person listed before what they did at the occasion (致辞, 发表演讲) speaks at it
LISTED_SPEAKS_AT = 0.7
#: a document is published by the body opening its title (《国务院关于…》)
PUBLISHER_IN_TITLE = 0.85
#: a document is adopted at the meeting its title names (党的二十大报告)
ADOPTED_AT_MEETING_IN_TITLE = 0.8
#: a document is adopted at the event named before it (…全会审议通过的《…》)
ADOPTED_AT_EVENT_BEFORE = 0.85
#: a document is published by the bodies named before it (甲、乙和丙联合印发《…》)
PUBLISHERS_BEFORE = 0.75
#: the bodies that sign a printed document above its date line publish it
SIGNATURE_PUBLISHER = 0.75
#: the government body a document's text names as its source on the last line (来源：某市经信委)
SOURCE_PUBLISHER = 0.7
#: a document is written by the body after 由 (由…编写)
WRITTEN_BY = 0.75
#: a goal involves a technology named in its passage
GOAL_INVOLVES_TECHNOLOGY = 0.8
#: a goal involves the technologies of the clause that frames it (以X、Y等为重点领域，着力推广应用)
FRAMED_GOAL_TECHNOLOGY = 0.7
#: a body that has a goal promotes the goal's technologies
BODY_PROMOTES_TECHNOLOGY = 0.7
#: a body, as its clause's subject, pushes a technology the clause names (某公司加快研发6G)
BODY_PUSHES_TECHNOLOGY = 0.6
#: the body that issued the document setting a goal that names the technology
PUBLISHER_PROMOTES_TECHNOLOGY = 0.6
#: an agreement named after 甲与乙签署 (…战略合作框架协议), without 《》
AGREEMENT = 0.7
#: an agreement and each of its parties have the goals of the agreement (双方将…)
AGREEMENT_HAS_GOAL = 0.65
#: the party or body that submits a proposal has its goals (民进中央提交《…提案》)
PROPOSAL_SUBMITTER_HAS_GOAL = 0.65
#: a body that signs an agreement (its publisher) has the agreement's goals
SIGNATORY_HAS_GOAL = 0.6
#: the person who delivers a work report proposes its goals (市长某某作政府工作报告)
REPORTER_PROPOSES = 0.6
#: the body that speaks itself has the goals it states (央行表示，…)
BODY_SPEAKER_HAS_GOAL = 0.6
# a goal the speaker's own body has in the speaker's turn: the speaker proposes it too
SPEAKER_BODY_GOAL_PROPOSES = 0.6
#: a body a plan names in brackets after its tasks ((市教委、市经济和信息化局), (牵头单位：…))
RESPONSIBLE_UNIT = 0.7
#: … has those tasks
RESPONSIBLE_UNIT_HAS_GOAL = 0.7
#: a spokesperson's body has the goals they state (某部新闻发言人某某表示，…)
SPOKESPERSON_BODY_HAS_GOAL = 0.65
#: the bodies whose officials answer a press Q&A on documents they issue have those documents' goals
ANSWERING_ISSUER_HAS_GOAL = 0.6
#: the document a press Q&A's question asks about has the goals of its answer (问：《指南》…？ 答：…)
ASKED_DOCUMENT_HAS_GOAL = 0.6
#: a body that opens a sentence as its subject has the sentence's goals (某局将着力完善A，持续提升B。)
SENTENCE_SUBJECT_HAS_GOAL = 0.6
#: the one document a body issued, reported in the lead, has that body's goals
REPORTED_DOCUMENT_HAS_GOAL = 0.6
#: a goal's owner or proposer chosen by the learned attribution model (extract/attribution.py)
LEARNED_ATTRIBUTION = 0.6
#: a relation between two entities that only the learned pair classifier proposes (extract/relations_model.py)
LEARNED_RELATION = 0.6
#: a Statistic the learned figure model typed and named (extract/figure_model.py)
LEARNED_STATISTIC = 0.75
#: a target (a Goal with its figure) that only the learned figure model found (extract/figure_model.py)
LEARNED_TARGET = 0.55

#: the author of a piece (文 | 某中心主任 某某) proposes the goals no one else is said to propose
AUTHOR_PROPOSES = 0.6
#: a body named alone on a piece's byline (文 | 某市网信办) has the goals no rule gave an owner
AUTHOR_BODY_HAS_GOAL = 0.6
#: the speaker of a talk printed in full (以下为某某致辞内容：) proposes its goals no one else is said to propose
FULL_TEXT_SPEAKER_PROPOSES = 0.6

#: every confidence above, by name (read-only)
TABLE = MappingProxyType({name: value for name, value in sorted(globals().items())
                          if name.isupper() and isinstance(value, float)})
