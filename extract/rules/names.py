"""Names from the lexicon and from the trained NER: every lexicon match outside a body, event
or document, and the statistical model's people, bodies and places where the text around
them agrees.

Reads from the context: ``doc`` (its ``kg_lexicon`` spans and ``ner_spans_key`` spans),
``text``, ``terms``, ``taken``, ``surnames``, ``compound_surnames``, ``known_bodies``,
``place_names``, ``reg``.
Writes to the context: ``reg`` (entities of every lexicon type; Person, Place and body chains
from the NER), ``relations`` and ``taken`` (through a body chain).
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from cnkg.extract import bodies
from cnkg.extract import confidence as conf
from cnkg.extract.intervals import IntervalSet
from cnkg.extract.jieba_dict import jieba_dictionary
from cnkg.extract.rules.bodies import FIELD_VERB, RUN_BREAK, add_body_chain, clause_word_end
from cnkg.extract.rules.context import FactContext
from cnkg.extract.rules.speakers import SPEECH_VERBS

# 网络安全 and 数据中心: at most optional in the annotated corpus (8 of 9 annotations in train), as ANNOTATE.md has it
GENERIC_TECHNOLOGIES = {"信息技术", "数字技术", "智能技术", "数字化转型", "新能源", "开源", "网络安全", "数据中心"}


def find_lexicon_entities(ctx: FactContext) -> None:
    zones = find_zone_places(ctx)   # 河北雄安新区, 北京市海淀区: the whole zone, not the province in it
    names = ctx.mentions_of("Person")   # 辛清华: a short alias (清华) inside a person's name is no body
    # 国务院新闻办|新闻发布会: the host of a press conference named in its name is a body of the article
    # …and the body whose numbered meeting the event is (中央某某委员会|第七次会议)
    briefings = ctx.mentions_of("Event", keep=lambda e: e.label.endswith(_BRIEFINGS) or bool(_NUMBERED_MEETING.search(e.label)))
    for span in ctx.doc.spans.get("kg_lexicon", []):
        organiser = span.label_ in ("Agency", "Organization") and any(
            s == span.start_char and span.end_char < e for s, e, _ in briefings.containing(span.start_char))
        if span.label_ == "Post" or (ctx.is_taken(span.start_char, span.end_char) and not organiser) or (
                span.label_ in ("Place", "Technology") and ctx.taken.covers(span.start_char)):
            continue
        if len(span.text) <= 2 and names.covers(span.start_char):
            continue
        if len(span.text) <= 2 and span.label_ in ("Agency", "Organization") and \
                not _on_word_bounds(ctx, span.start_char, span.end_char):
            continue   # 新基|建行|动, 东|北大|学: a short name inside other words, not the body
        if bodies.inside_latin_word(ctx.text, span.start_char, span.end_char) or \
                span.label_ in ("Agency", "Organization") and bodies.runs_on(span.text, ctx.text[span.end_char:span.end_char + 1]):
            continue   # SOAR, Metaverse, 中国网络: the name's letters or its 网 run on into another word
        if span.label_ == "Agency" and _LOCAL_LEVEL_BEFORE.search(ctx.text, max(0, span.start_char - 3), span.start_char) \
                and not span.text.startswith(bodies.CENTRAL_HEADS):
            continue   # 区委|网信办, 北京市|网信办: the local body's own office, not the central one its short name names
        if span.label_ == "Technology" and span.text in GENERIC_TECHNOLOGIES:
            continue   # 信息技术, 新能源: a generic field, optional at most (ANNOTATE.md), not a named technology
        if span.label_ == "Technology" and (ctx.text.startswith("服务业", span.end_char) or
                                            span.text in GENERIC_TECHNOLOGIES and
                                            ctx.text.startswith("产业", span.end_char)):
            continue   # 软件与信息技术服务业, 信息技术产业: an industry, not the technology (人工智能产业 keeps it)
        if span.label_ == "Place" and len(span.text) == 2 and not _on_word_bounds(ctx, span.start_char, span.end_char):
            continue   # 长治久安, 幸福安康, 重大理论: a city's name inside another word
        if span.label_ == "Place" and (span.text in _CITIES_THAT_ARE_WORDS and
                                       not re.match(r"[市县地]", ctx.text[span.end_char:span.end_char + 1]) or
                                       _CITY_AS_WORD.match(ctx.text, span.start_char)):
            continue   # 各位来宾, 日照时数: the word, not the city (来宾市, 日照市 are)
        if span.label_ == "Place" and _in_a_bodys_bracket(ctx, span.start_char, span.end_char):
            continue   # 某某（山东）有限公司: the company's seat inside its name, not a place the article names
        if span.label_ == "Place" and zones.covers(span.start_char):
            continue   # 河北|雄安新区: the province before a zone is part of the zone's name
        if span.label_ == "Place" and span.text == "中国" and \
                ctx.text[max(0, span.start_char - 2):span.start_char] in _SLOGANS:
            continue   # 数字中国, 健康中国: a slogan, not the country
        if span.label_ == "Place" and _NOT_THE_PLACE.match(ctx.text, span.end_char):
            continue   # 中国特色社会主义, 北京日报, 中国网: an idea or a medium, not the place
        if span.label_ == "Technology" and _first_character_ends_a_word(ctx.text, span.start_char):
            continue   # 加大数据投入, 第二大数据资源国, 存储能力: 大 and 储 belong to the word before
        term = ctx.terms.get((span.kb_id_, span.label_))
        if term is None:
            continue
        field_company = _field_and_company_form_after(ctx, span)
        if field_company:   # 三六零|数字安全科技集团有限公司: the group's company of that field, a company of its own
            ctx.reg.add("Organization", span.text + field_company, confidence=conf.LEXICON_ENTITY,
                        mention=ctx.mention(span.start_char, span.end_char + len(field_company)))
            continue
        aliases = term.aliases
        legal = _legal_form_after(ctx, span)
        if legal:   # 中国移动通信集团有限公司, 某某科技集团: the company's full name as written is its name too
            aliases = (*aliases, span.text + legal)
        ctx.reg.add(term.type, term.canonical, aliases=aliases, label_en=term.english or None,
                    confidence=conf.LEXICON_ENTITY, mention=ctx.mention(span.start_char, span.end_char))


#: the rest of a body's name after a bracket inside it (某某（北京）|网络安全科技股份有限公司)
_BODY_NAME_AFTER_BRACKET = re.compile(r"[）)][\u4e00-\u9fffA-Za-z0-9]{0,12}?(?:" +
                                      "|".join(sorted(bodies.ORG_SUFFIXES, key=len, reverse=True)) + ")")


def _in_a_bodys_bracket(ctx: FactContext, start: int, end: int) -> bool:
    """The place is bracketed inside a body's name: a name's character before the bracket and the
    rest of the body's name after it (某某（北京）科技有限公司)."""
    return start >= 2 and ctx.text[start - 1] in "（(" and re.match(r"[\u4e00-\u9fffA-Za-z0-9]", ctx.text[start - 2]) \
        is not None and _BODY_NAME_AFTER_BRACKET.match(ctx.text, end) is not None


#: a province's, city's or county's level word (or its party committee) right before a body's short name
_LOCAL_LEVEL_BEFORE = re.compile(r"(?:[省市区县州盟旗]|[省市区县州]委|自治区|自治区党委)$")


#: a company's legal form right after a name the lexicon knows (某某集团|有限公司)
_LEGAL_FORM_AFTER = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|股份公司)")


def _legal_form_after(ctx: FactContext, span) -> str | None:
    """The legal form written right after a body the lexicon knows: a company's with its line of
    business (某某|科技集团), another body's only as a company's (某某|集团有限公司)."""
    if span.label_ == "Organization":
        return bodies.company_form_after(ctx.text[span.end_char:span.end_char + 16])
    if span.label_ == "Agency":
        legal = _LEGAL_FORM_AFTER.match(ctx.text, span.end_char)
        return legal.group(0) if legal else None
    return None


def _field_and_company_form_after(ctx: FactContext, span) -> str | None:
    """某某|数字安全科技集团有限公司: a field and a legal form right after a company the lexicon knows
    (not its own line of business alone: 某某|科技集团 is the company itself)."""
    after = ctx.text[span.end_char:span.end_char + 16]
    run = re.match(r"[\u4e00-\u9fff]{3,16}", after)
    if span.label_ != "Organization" or not run or bodies.company_form_after(after):
        return None
    return next((run.group(0)[:n] for n in range(len(run.group(0)), 2, -1)
                 if bodies.field_and_company_form(run.group(0)[:n], ctx.place_names, ctx.known_bodies)), None)


_BRIEFINGS = ("发布会", "吹风会", "记者会", "见面会")
#: a body's numbered meeting: …委员会第七次会议, …领导小组第三次全体会议
_NUMBERED_MEETING = re.compile(r"(?:委员会|领导小组)第[一二三四五六七八九十\d]+次(?:全体)?会议$")


#: a technology's first character that ends a common word with the character before it:
#: 加大|扩大|壮大|做大|第二大 before 数据 (大数据), 存储 before 能力 (储能)
#: (not after 一: 统一大数据平台 is 统一 + 大数据平台)
_WORD_ENDING_FIRST_CHARACTERS = {"大": re.compile(r"[加扩壮做两二三四五六七八九十]$"), "储": re.compile(r"存$")}


def _first_character_ends_a_word(text: str, start: int) -> bool:
    """Whether the character at ``start`` (a technology's first) ends a word begun before it:
    加大数据投入 is 加大 + 数据投入, not 大数据."""
    before = _WORD_ENDING_FIRST_CHARACTERS.get(text[start:start + 1])
    return bool(before and before.search(text, max(0, start - 1), start))


def _on_word_bounds(ctx: FactContext, start: int, end: int) -> bool:
    """``start``–``end`` is LAC's words, or opens or ends one of them (新疆|兵团, 央视|节假日…), neither
    across two words (新基|建行|动) nor strictly inside one (东|北大|学); true when the pipeline ran no LAC."""
    words = ctx.lac_words
    if not words:
        return True
    i, j = ctx.word_index(start), ctx.word_index(end - 1)
    if i < 0 or j < 0:
        return True
    if i == j:
        return words[i][0] == start or words[i][1] == end
    return words[i][0] == start and words[j][1] == end


# what follows a place name that makes it part of another name: an idea, a medium
_NOT_THE_PLACE = re.compile(r"特色社会主义|式现代化|日报|晚报|新闻网|证券网|网(?![络民格点上速])|电视台|在线|"
                            r"台湾|大陆|驻|[—-]")   # 中国台湾地区, 中国驻某国大使, 中国—东盟: not the country alone

#: cities whose short names are common words LAC may still call places (各位来宾, 人民安康, 长治久安)
_CITIES_THAT_ARE_WORDS = {"来宾", "安康", "长治", "大同", "大理", "定西", "永安", "长寿", "和平", "太和"}
#: a city's name used as the word: 日照时数, 日照充足
_CITY_AS_WORD = re.compile(r"日照(?=时|充足|条件|资源|强|丰富)")

#: what follows a place named only as the seat of a local post or body (合肥市委副书记, 郑州市长, 山东省副省长)
_LOCAL_POST_AFTER = re.compile(r"[省市县区]?(?:委|常委|副市长|市长|副省长|省长|副书记|书记|人民政府|政府|人大|政协|纪委|"
                               r"监委|副县长|县长|副区长|区长|党委)")


def drop_places_named_only_in_posts(ctx: FactContext) -> None:
    """A place every mention of which heads a local post or body (曾任河源市长, 大连市委常委) is that
    body's seat in an official's career, not a place the article is about: it goes."""
    ctx.forget([place for place in ctx.reg.of_type("Place")
                if place.mentions and all(_LOCAL_POST_AFTER.match(ctx.text, m.end) for m in place.mentions)])


_SLOGANS = {"数字", "健康", "美丽", "平安", "法治", "智慧", "创新", "文化", "体育", "教育", "科技", "网络", "交通",
            "质量", "制造", "航天", "海洋", "人才", "贸易", "农业", "金融", "智造"}


#: endings of a district, a development zone or a river basin that LAC reads as a place (海淀区,
#: 天府新区, 成都高新区, 北京自贸区, 中关村科学城, 长江流域)
_ZONE_ENDING = re.compile(r"(?:新区|高新区|经开区|自贸区|自贸试验区|自由贸易试验区|自由贸易港|科学城|"
                          r"自主创新示范区|综合保税区|保税港区|科技园区|经济特区|流域|[^\W\d_]区)$")
#: heads that make a place word a kind of area, not a named one (工业园区, 产业集聚区, 城区, 试验区)
_KIND_OF_AREA = re.compile(r"(?:[一二三四五六七八九十两几多各]|园|社|小|景|城|辖|市|地|片|街|山|矿|灾|牧|林|库|藏|战|军|学|厂|专|分|展|"
                           r"功能|集聚|试验|示范|先行|核心|重点|发展|起步|拓展|开发|承载|保护|管控|商务|"
                           r"国家级高新技术开发|高新技术开发)区$")
#: a pilot free trade zone's official name, its province in brackets: 中国（湖北）内陆自由贸易试验区
_PILOT_FREE_TRADE_ZONE = re.compile(r"中国[（(][\u4e00-\u9fff]{2,8}[）)](?:内陆)?自由贸易(?:试验区|港)(?:[\u4e00-\u9fff]{2,4}片区)?")
_BARE_ZONES = {"新区", "高新区", "经开区", "自贸区", "自贸试验区", "自由贸易试验区", "自由贸易港", "科学城",
               "流域", "科技园区", "综合保税区", "保税港区", "经济特区", "自主创新示范区"}


def find_zone_places(ctx: FactContext) -> IntervalSet:
    """Districts, development zones and river basins LAC reads as places (海淀区, 四川天府新区,
    成都高新区, 北京自贸区, 中关村科学城, 长江流域), with the known place written right before
    them (上海|徐汇区 → 上海徐汇区); the spans found."""
    found = IntervalSet()
    for m in _PILOT_FREE_TRADE_ZONE.finditer(ctx.text):   # 中国（浙江）自由贸易试验区: one zone, not the country
        if not ctx.taken.covers(m.start()):
            ctx.reg.add("Place", m.group(0), confidence=conf.STATISTICAL_NAME, mention=ctx.mention(m.start(), m.end()))
            found.add(m.start(), m.end(), m.group(0))
    for span in ctx.doc.spans.get(ctx.ner_spans_key, []):
        if span.label_ != "PLACE" or found.covers(span.start_char):
            continue
        text, start, end = trim_span(span.text, span.start_char, span.end_char)
        if not _ZONE_ENDING.search(text) or text in _BARE_ZONES or text in _GENERIC_PLACES or \
                _KIND_OF_AREA.search(text) or not 3 <= len(text) <= 12 or \
                re.search(r"[\d“”（）()]", text):
            continue
        if ctx.taken.covers(start) or ctx.taken.covers(end - 1) or bodies.splits_common_word(ctx.text, start):
            continue   # 海淀区人民政府: a body's name; 里|海淀区: a word cut
        aliases: tuple[str, ...] = ()
        before = next((p for p in ctx.place_prefixes if ctx.text.startswith(p, start - len(p))), None)
        if before and not ctx.taken.covers(start - len(before)):
            aliases = (text,)   # 北京市海淀区 … 海淀区: one district
            text, start = before + text, start - len(before)
        elif text in ctx.place_names:
            continue   # 雄安新区 alone: the lexicon's place
        ctx.reg.add("Place", text, aliases=aliases, confidence=conf.STATISTICAL_NAME, mention=ctx.mention(start, end))
        found.add(start, end, text)
    return found


_NER_PERSON_CONTEXT = re.compile(r"^(?:" + "|".join(sorted(SPEECH_VERBS, key=len, reverse=True)) +
                                 r"|在|[，。、：:）)”])")
#: what a person does right after being named: 某某主持, 某某出席, 某某接受采访, 某某当选, 某某院士
_NER_PERSON_ACTION = re.compile(r"^(?:主持|出席|参加|接受|发表|当选|带来|展示|出生|担任|接棒|预言|致辞|陪同|就此|"
                                r"一直|院士|教授)")
#: a title written right before a name: (副总经理|首席分析师|高级合伙人|专家组专家|研究员|个人会员)某某
_TITLE_BEFORE_NAME = re.compile(r"(?:经理|总裁|总监|[析计程]师|导师|名师|官|合伙人|专家|研究员|会员|主席|得主|院士|教授|董秘)$")


#: a transliterated name the NER reads as a person's: 杰弗里·辛顿, 克劳斯·施瓦布 (two or three parts, each of
#: two characters or more)
_TRANSLITERATED_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}(?:[·•‧][\u4e00-\u9fff]{2,8}){1,2}")
#: the name in Latin letters in brackets after it: 克劳斯·施瓦布（Klaus Schwab）
_LATIN_NAME_AFTER = re.compile(r"[（(][A-Za-z][A-Za-z .\-]+[）)]")


def _person_context(ctx: FactContext, start: int, end: int) -> bool:
    """The text around a name the NER reads as a person's agrees: a speech verb, a person's action or a
    mark after it (某某指出, 某某主持, 某某，), or a title right before it (首席分析师某某)."""
    after = ctx.text[end:end + 4]
    return bool(_NER_PERSON_CONTEXT.match(after) or _NER_PERSON_ACTION.match(after) or
                _TITLE_BEFORE_NAME.search(ctx.text, max(0, start - 4), start))


_GENERIC_PLACES = {"自治区", "地区", "社区", "城乡社区", "园区", "小区", "景区", "城区", "辖区", "市区", "县城",
                   "全省", "全市", "本市", "该市", "各省", "各市"}


def find_statistical_entities(ctx: FactContext) -> None:
    """Names the trained NER finds that no rule did (people, local bodies, companies).

    The model is right often enough to add names no lexicon has, but a span is only
    taken where the text around it agrees: a person followed by a speech verb or
    punctuation and not a fragment of a known name; a body ending like a body; a
    place ending like an administrative division."""
    persons = [e.label for e in ctx.reg.of_type("Person")]
    # 中国信息|通信研究院: a span inside a name already found is a fragment of it
    known = ctx.mentions_of("Agency", "Organization", "Person", "Place")
    for span in ctx.doc.spans.get(ctx.ner_spans_key, []):
        text, start, end = trim_span(span.text, span.start_char, span.end_char)
        if not text:
            continue
        if ctx.is_taken(start, end) or ctx.taken.covers(start) or ctx.reg.find(text) or \
                known.covers(start) or known.covers(end - 1):
            continue
        if bodies.splits_common_word(ctx.text, start):
            continue   # (出)席省政府, (介绍)…: the span starts inside a word, or with a verb
        if span.label_ == "PERSON":
            if len(text) in (3, 4) and text[0] in _LEAD_CHARACTERS and text[1] in ctx.surnames:
                text, start = text[1:], start + 1   # (会议)由龚某(主持): the preposition is no surname
            if _TRANSLITERATED_NAME.fullmatch(text):   # 杰弗里·辛顿教授, 克劳斯·施瓦布（Klaus Schwab）
                if not any(text in p for p in persons) and (_person_context(ctx, start, end) or
                                                             _LATIN_NAME_AFTER.match(ctx.text, end)):
                    ctx.reg.add("Person", text, confidence=conf.STATISTICAL_NAME, mention=ctx.mention(start, end))
                    persons.append(text)
                continue
            if not (2 <= len(text) <= 3 and (text[0] in ctx.surnames or text[:2] in ctx.compound_surnames)):
                continue
            if any(text[1:].startswith(p) for p in ctx.posts if len(p) >= 2) or \
                    any(p.startswith(text) and len(p) > len(text) for p in _place_heads(ctx, text)):
                continue   # 蔡司长: a surname and a post; 呼和浩(特): the head of a place name
            if bodies.is_common_word(text) or text in jieba_dictionary().plain or \
                    ctx.text[max(0, start - 1):start] in ("更", "很", "最", "较", "太", "越"):
                continue   # 积极, 更周全: a word, not a name
            if any(text in p for p in persons) or not _person_context(ctx, start, end):
                continue
            ctx.reg.add("Person", text, confidence=conf.STATISTICAL_NAME, mention=ctx.mention(start, end))
            persons.append(text)
        elif span.label_ in ("AGENCY", "ORG") and len(text) >= 4:
            text, start = _without_column_mark(text, start)
            lead = bodies.LEAD_VERB.match(text)
            if lead:   # 成立了|国家实验室, 争创|…国家实验室: the verb is not part of the name
                text, start = text[lead.end():], start + lead.end()
            brk = RUN_BREAK.search(text, 2)   # 国家发展改革委主办: the verb is not part of the name
            if brk:
                text = text[:brk.start()]
            cut = clause_word_end(ctx, start, start + len(text)) - start
            if cut:   # 部长与|上海市委, 于我校|全国政协: a clause before the name
                text, start = text[cut:], start + cut
            if _coordinates_known_bodies(ctx, text):
                continue   # 甲公司与之江实验室: two bodies the lexicon names, not one
            if len(text) < 4 or not text.endswith(bodies.ORG_SUFFIXES) or ctx.reg.find(text) or _kind_of_body(text) or \
                    bodies.after_place_bracket(ctx.text, start, ctx.place_names):
                continue
            links = bodies.split_body_chain(text, ctx.known_bodies, ctx.place_names)
            if any(not link.known and verb_like_unit(link.surface) for link in links):
                continue
            if links:
                add_body_chain(ctx, links, start, conf.STATISTICAL_NAME)
        elif span.label_ == "PLACE" and text.endswith(("省", "市", "县", "州", "自治区")) and \
                3 <= len(text) <= 8 and text not in _GENERIC_PLACES and not text.endswith("城市"):
            ctx.reg.add("Place", text, confidence=conf.STATISTICAL_NAME, mention=ctx.mention(start, end))


def _coordinates_known_bodies(ctx: FactContext, text: str) -> bool:
    """A span of the NER that joins two names with 与, 和 or 及, one of which the lexicon knows
    (智谱华章与之江实验室): two bodies, each found on its own, not one."""
    for m in re.finditer(r"[与和及]", text):
        if text[:m.start()] in ctx.known_bodies or text[m.end():] in ctx.known_bodies:
            return True
    return False


# characters that open a phrase before a name: 由, 据, 请, 向, 对, 和, 与
_LEAD_CHARACTERS = set("由据请向对和与经")


def _place_heads(ctx: FactContext, text: str):
    return (p for p in ctx.place_names if p[:len(text)] == text)


def verb_like_unit(surface: str) -> bool:
    """主办, 承办, 协办: two characters ending in a one-character suffix, but a verb, not a unit."""
    return len(surface) == 2 and surface[-1] in "办部委所" and surface[0] in "主承协举创开合"


_EDGE_PUNCTUATION = " \u3000（）()【】[]《》〈〉“”‘’\"'，,。、：:；;！!？?·-—…"


def trim_span(text: str, start: int, end: int) -> tuple[str, int, int]:
    """A statistical span without the brackets and punctuation at its edges (刘昊） → 刘昊)."""
    stripped = text.lstrip(_EDGE_PUNCTUATION)
    start += len(text) - len(stripped)
    text = stripped.rstrip(_EDGE_PUNCTUATION)
    return text, start, start + len(text)


# ----------------------------------------------------------------- names that end like an organisation

#: endings that make a noun phrase the name of an organisation wherever it stands (joint units first:
#: 智能计算联合实验室, 6G联合创新中心; then companies, research units, societies and alliances)
NAME_ENDINGS = re.compile(
    r"联合实验室|联合创新中心|联合研究中心|联合研究院|联合研究所|重点实验室|实验室|研究院|研究所|研究中心|"
    r"创新中心|技术中心|工程中心|创新研究院|"
    r"股份有限公司|有限责任公司|有限公司|集团公司|分公司|集团|分行|支行|协会|学会|研究会|促进会|商会|联盟|基金会|"
    r"交易所")
#: LAC tags of the words a name may hold: nouns, proper nouns, names, places, organisations,
#: verbal and adjectival nouns, English and numerals (6G), abbreviations
_NAME_WORD_TAGS = {"n", "nz", "nw", "ORG", "LOC", "PER", "vn", "an", "j", "eng", "x", "s"}
#: what cuts a name inside one of LAC's words (浙江大学与之江实验室, 重庆大学共建…联合实验室)
_INNER_BREAK = re.compile(r"[与和及、的]|共建|共同|联合(?=成立|共建|组建|建设|打造)|成立了?|组建|揭牌|牵头|依托|建设|携手")
#: a head that only says what kind of body it is: 行业协会, 一批重点实验室, 世界一流企业集团
_GENERIC_HEAD = re.compile(
    r"(?:一批|一个|多家|各类|各级|相关|有关|该|本|其|这个|这些|我们|行业|产业|企业|重点|龙头|骨干|领军|新型|大型|中小|"
    r"国家级|省级|市级|县级|国家|全国|省|市|县|区|世界一流|一流|国际一流|高水平|高端|专业|社会|公益|国有|民营|"
    r"科技型|高新技术|创新型|研发|科研|技术|科技|创新|金融|联合|综合|地方|中央|各|新|大|小|子|母|分|"
    r"全国性|协会|学会|国际|经济|工程|工业|制造业|全省|全市|全区|本省|本市|数据|大数据)*")
#: verbs of an aim right before a name (建设国际科技创新中心, 成为世界主要人工智能创新中心)
_AIM_BEFORE = re.compile(r"(?:成为|建设|打造|建成|争创|创建|迈向|跻身|建设成|培育)[^，。；、,;：:]{0,8}$")


def _kind_of_body(text: str) -> bool:
    """省技术创新中心, 行业协会, 大型企业集团: a kind of body (its ending after words that only say
    which kind), not a body's name."""
    ending = None
    for ending in NAME_ENDINGS.finditer(text):
        pass
    return ending is not None and ending.end() == len(text) and bool(_GENERIC_HEAD.fullmatch(text[:ending.start()]))


def _name_start(ctx: FactContext, at: int) -> int:
    """Where the name whose ending starts at ``at`` starts: back over LAC's name-like words from
    the word holding ``at``, cut inside a word at a conjunction or founding verb."""
    words = ctx.lac_words
    i = ctx.word_index(at)
    if i < 0:
        return at
    start = words[i][0]
    j, verbs = i - 1, 0
    while j >= 0 and i - j <= 8 and words[j][1] == start and \
            not _INNER_BREAK.fullmatch(ctx.text[words[j][0]:words[j][1]]):
        if words[j][2] == "v" and verbs == 0 and FIELD_VERB.fullmatch(ctx.text[words[j][0]:words[j][1]]):
            verbs += 1   # 类脑|计算|联合实验室: LAC may tag a word inside the name as a verb (once)
        elif words[j][2] not in _NAME_WORD_TAGS:
            break
        start = words[j][0]
        j -= 1
    tags = {w[0]: w for w in words[j + 1:i + 1]}
    while start in tags and tags[start][2] == "v":   # a name opens with no verb (支持|行业协会)
        start = tags[start][1]
    inner = None
    for m in _INNER_BREAK.finditer(ctx.text, start, max(start, at)):
        inner = m
    return inner.end() if inner else start


#: a short quoted term right before a name's words (“城市大脑”|科技产业联盟)
_QUOTED_BEFORE = re.compile(r"“[^“”，。；：、\s]{1,10}”$")


def _proper_name_start(ctx: FactContext, at: int) -> int:
    """``at``, or the start of the place and organisation names LAC reads right before it
    (杭州|“数字经济”…; not a common word: 双方|“城市大脑”…)."""
    words = ctx.lac_words
    i = ctx.word_index(at - 1)
    while i >= 0 and words[i][1] == at and words[i][2] in ("LOC", "ORG", "nz", "nw"):
        at = words[i][0]
        i -= 1
    return at


def _technology_start(ctx: FactContext, start: int) -> int:
    """Where the technology a name opens inside starts (大|模型联合创新中心: LAC's 大 is an adjective,
    the name's field is 大模型); ``start`` when it opens inside none."""
    for sp in ctx.doc.spans.get("kg_lexicon", []):
        if sp.label_ == "Technology" and sp.start_char < start < sp.end_char:
            return sp.start_char
    return start


def find_suffixed_names(ctx: FactContext) -> None:
    """Organisations no lexicon knows and no other rule found, named by their ending and LAC's
    words before it: 智能计算联合实验室, 6G联合创新中心, 某某科技股份有限公司, 某某产业联盟 (a chain
    when the name opens with a known body: 某大学某研究院 → subOrganizationOf)."""
    if not ctx.lac_words:
        return
    known = ctx.mentions_of("Agency", "Organization", "Event", "Document")
    for m in NAME_ENDINGS.finditer(ctx.text):
        end = m.end()
        if ctx.taken.covers(end - 1) or known.covers(end - 1) or ctx.text[end:end + 1] in ("化", "链", "式", "型"):
            continue
        start = _technology_start(ctx, _name_start(ctx, m.start()))
        bracketed = bodies.after_place_bracket(ctx.text, start, ctx.place_names)
        if bracketed:   # 某某（北京）|科技有限公司: the name opens before the bracket
            start = _name_start(ctx, max(ctx.text.rfind("（", 0, start), ctx.text.rfind("(", 0, start)) - 1)
        quoted = _QUOTED_BEFORE.search(ctx.text, max(0, start - 14), start)
        if quoted:   # “城市大脑”科技产业联盟, 杭州“数字经济”产业联盟: a quoted term inside the name
            start = _proper_name_start(ctx, quoted.start())
        text, start = _without_column_mark(ctx.text[start:end], start)
        lead = bodies.LEAD_VERB.match(text)
        if lead:
            start, text = start + lead.end(), text[lead.end():]
        head = text[:len(text) - len(m.group(0))]
        if bracketed and _mention_of_known_body(ctx, text, start):
            continue
        if len(text) < 5 or len(head) < 2 or _GENERIC_HEAD.fullmatch(head) or ctx.reg.find(text) or \
                ctx.taken.covers(start) or re.search(r"\d{2,}|[，。；：,;:]", text) or bodies.closes_unopened_bracket(text):
            continue
        if bodies.splits_common_word(ctx.text, start) or re.match(r"[0-9A-Za-z]", ctx.text[start - 1:start]) or \
                _AIM_BEFORE.search(ctx.text, max(0, start - 10), start):
            continue   # (21世纪)经济研究院: a cut name; 成为世界主要…创新中心: an aim, not a body
        links = bodies.split_body_chain(text, ctx.known_bodies, ctx.place_names)
        if not links or (len(links) == 1 and links[0].known) or any(
                not link.known and verb_like_unit(link.surface) for link in links):
            continue
        add_body_chain(ctx, links, start, conf.STATISTICAL_NAME)


def _mention_of_known_body(ctx: FactContext, text: str, start: int) -> bool:
    """A body found before under this very name (某某（山东）有限公司 named again): one more mention of it,
    whose words (the place in its bracket) are no other name."""
    body = ctx.reg.find(text, "Agency")
    if body is None:
        return False
    ctx.reg.add(body.type, body.label, mention=ctx.mention(start, start + len(text)))
    ctx.taken.add(start, start + len(text))
    return True


#: what closes a list of companies: 等企业, 等12家企业, 等龙头企业, 等公司
_COMPANY_LIST_END = re.compile(r"等(?:\d+家|多家|一批)?[\u4e00-\u9fff]{0,4}?(?:企业|公司|集团|厂商|车企|银行|机构)")


#: the column mark of a credit line (来源丨某某研究所, 作者丨某某): a character of the CJK block, never of a name
_COLUMN_MARK = "丨"


def _without_column_mark(text: str, start: int) -> tuple[str, int]:
    """A name read with a credit line's words and 丨 before it (来源丨某某研究所): what follows the mark."""
    cut = text.rfind(_COLUMN_MARK) + 1
    return text[cut:], start + cut


def find_listed_companies(ctx: FactContext) -> None:
    """Names listed with 、 beside organisations already found (中国航发、某某集团、德勤、华为等企业):
    a member that LAC calls an organisation is one too, when half the list are organisations or
    the list closes with 等…企业/公司."""
    words = ctx.lac_words
    if not words or "、" not in ctx.text:
        return
    found = ctx.mentions_of("Agency", "Organization", "Person", "Place", "Event", "Document", "Technology")
    # beside at least one organisation, and half the list organisations or a list of 等…企业
    beside = lambda known, items: known and (2 * known >= len(items) or _COMPANY_LIST_END.match(ctx.text, items[-1][1]))
    for s, e, tag in _lists_beside(ctx, ctx.mentions_of("Organization"), beside):
        name = ctx.text[s:e]
        if tag == "ORG" and not (found.covers(s) or found.covers(e - 1) or ctx.reg.find(name)):
            ctx.reg.add("Organization", name, confidence=conf.STATISTICAL_NAME, mention=ctx.mention(s, e))


#: a 、-list of names closed by the kind of body its members are: 甲报、乙网、丙电视台等多家媒体(记者),
#: 甲科技、乙信息、丙数据等网络安全企业, 甲铜业、乙矿业等上市公司 (the members between the marks)
_NAMED_LIST = re.compile(r"(?P<items>(?:[^、，,。；;：:！？!?\s“”《》()（）]{2,14}、)+[^、，,。；;：:！？!?\s“”《》()（）]{2,14}?)"
                         r"等(?:\d+家|多家|众多|一批|知名|主流)?[\u4e00-\u9fffA-Za-z]{0,10}?"
                         r"(?:企业|公司|集团|厂商|车企|药企|巨头|媒体|新闻单位|高校|院校|科研院所|医院|银行|机构)")
#: what a member of such a list never holds: a clause word, a conjunction, a count
_NOT_A_LISTED_NAME = re.compile(r"[的和与及是在对把将从了]|\d|^[A-Za-z]$")


def find_named_list_members(ctx: FactContext) -> None:
    """The members of a 、-list closed by 等…企业/公司/媒体 (甲报、乙网、丙周刊等多家媒体) are
    organisations when the lexicon or another rule knows one of them: each member after the
    first that no rule has taken (the first may carry the clause's verb: 招引|甲科技)."""
    if "、" not in ctx.text:
        return
    bodies_ = ctx.mentions_of("Agency", "Organization")
    others = ctx.mentions_of("Person", "Place", "Event", "Document", "Technology")   # 株洲|冶炼: a place may open the name
    for m in _NAMED_LIST.finditer(ctx.text):
        items, at = [], m.start("items")
        for part in m.group("items").split("、"):
            items.append((at, at + len(part)))
            at += len(part) + 1
        if not any(bodies_.covers(e - 1) for _, e in items):
            continue   # no member is a body anyone knows: a list of trades or places
        for s, e in items[1:]:
            name = ctx.text[s:e]
            if bodies_.covers(s) or bodies_.covers(e - 1) or others.covers(e - 1) or \
                    ctx.reg.find(name) or _NOT_A_LISTED_NAME.search(name) or name in ctx.place_names or \
                    bodies.is_common_word(name) or name in jieba_dictionary().plain:
                continue
            ctx.reg.add("Organization", name, confidence=conf.LISTED_BODY, mention=ctx.mention(s, e))


#: a 、-list that a kind of body introduces: 服务商和制造企业，包括甲科技、乙智能、丙软件等 (the members
#: between 包括 and 等, three or more)
_INTRODUCED_LIST = re.compile(r"(?:企业|公司|服务商|厂商|车企|药企|集团)[，,]?(?:包括|例如|比如|其中有)[：:]?"
                              r"(?P<items>(?:[^、，,。；;：:！？!?\s“”《》()（）]{2,10}、){2,}[^、，,。；;：:！？!?\s“”《》()（）]{2,10}?)"
                              r"等(?![\u4e00-\u9fff]{0,4}(?:领域|行业|产业|方面|环节|技术|产品|场景))")
#: a member that names a kind of body or a trade, not one body (国有企业, 装备制造)
_KIND_OF_MEMBER = re.compile(r"(?:企业|单位|机构|部门|行业|领域|产业|机械|设备|产品)$")


def find_introduced_list_members(ctx: FactContext) -> None:
    """甲科技、乙智能、丙软件 after 企业，包括 and before 等: each member that no rule has taken and that is
    neither a place, a common word nor a kind of body is an organisation."""
    if "、" not in ctx.text:
        return
    taken = ctx.mentions_of("Agency", "Organization", "Person", "Place", "Event", "Document", "Technology")
    for m in _INTRODUCED_LIST.finditer(ctx.text):
        at = m.start("items")
        for part in m.group("items").split("、"):
            s, e = at, at + len(part)
            at = e + 1
            if taken.covers(s) or taken.covers(e - 1) or ctx.reg.find(part) or _NOT_A_LISTED_NAME.search(part) or \
                    _KIND_OF_MEMBER.search(part) or part in ctx.place_names or bodies.is_common_word(part) or \
                    part in jieba_dictionary().plain:
                continue
            ctx.reg.add("Organization", part, confidence=conf.LISTED_BODY, mention=ctx.mention(s, e))


_CLAUSE = re.compile(r"[^，,。；;：:！？!?\n]+")


def _lists_beside(ctx: FactContext, known_spans, beside) -> Iterator[tuple[int, int, str]]:
    """The members of every 、-list of three or more in a clause where ``beside(known, items)``
    holds, ``known`` counting the members that ``known_spans`` covers."""
    for clause in _CLAUSE.finditer(ctx.text):
        if clause.group(0).count("、") < 2:
            continue
        items = _list_items(ctx, clause.start(), clause.end())
        if len(items) < 3:
            continue
        known = sum(1 for s, e, _ in items if known_spans.covers(s) and known_spans.covers(e - 1))
        if beside(known, items):
            yield from items


def find_listed_places(ctx: FactContext) -> None:
    """Places listed with 、 beside places already found (深圳、珠海、某县、某市等地): a member LAC
    calls a place is one too, when at least two and half the list are known places."""
    words = ctx.lac_words
    if not words or "、" not in ctx.text:
        return
    found = ctx.mentions_of("Agency", "Organization", "Person", "Place", "Event", "Document", "Technology")
    beside = lambda known, items: known >= 2 and 2 * known >= len(items)   # not a list of mostly other things
    for s, e, tag in _lists_beside(ctx, ctx.mentions_of("Place"), beside):
        name = ctx.text[s:e]
        if tag == "LOC" and 2 <= len(name) <= 4 and name not in _GENERIC_PLACES and name not in _BARE_ZONES and \
                not (found.covers(s) or found.covers(e - 1) or ctx.reg.find(name)):
            ctx.reg.add("Place", name, confidence=conf.STATISTICAL_NAME, mention=ctx.mention(s, e))


def _list_items(ctx: FactContext, start: int, end: int) -> list[tuple[int, int, str]]:
    """The one-word members of the longest 、-list in a clause (推进|华为、苹果、腾讯|等…): LAC's
    words joined by 、 (the last one also by 和 or 及), each with its tag."""
    words = ctx.lac_words
    i = max(0, ctx.word_index(start))
    best: list = []
    run: list = []
    while i < len(words) and words[i][0] < end:
        w = words[i]
        joiner = ctx.text[words[i + 1][0]:words[i + 1][1]] if i + 1 < len(words) else ""
        if w[2] != "w" and w[0] >= start:
            run.append(w)
            if joiner == "、" or (joiner in ("和", "及") and len(run) >= 2):
                i += 2
                continue
        if len(run) > len(best):
            best = run
        run = []
        i += 1
    return best if len(best) > len(run) else run


#: a joint unit of two bodies named with a dash between them: 某大学—某公司联合实验室, 甲-乙人工智能联合创新中心
_JOINT_UNIT = re.compile(r"(?P<a>[\u4e00-\u9fffA-Za-z0-9]{2,24})[—\-－–](?P<b>[\u4e00-\u9fffA-Za-z0-9]{2,30}?)"
                         r"联合(?:实验室|创新中心|研究中心|研究院|研究所|技术中心|中心)")


def find_joint_units(ctx: FactContext) -> None:
    """A joint laboratory or centre named after both its bodies (某大学—某公司联合实验室) is one
    organisation under the whole name, not a unit of the second body: the unit another rule made
    of its ending (联合实验室 → 某公司) gives way to it."""
    if "联合" not in ctx.text:
        return
    for m in _JOINT_UNIT.finditer(ctx.text):
        run = bodies.left_context(ctx.text, m.end("a"))   # (会上，)(和)东湖大学: fillers before the first body
        cut = clause_word_end(ctx, m.end("a") - len(run), m.end("a") + 2)
        a = ctx.text[cut:m.end("a")]
        if not (a.endswith(bodies.ORG_SUFFIXES) or a in ctx.known_bodies or ctx.reg.find(a) is not None):
            continue   # the part before the dash names no body
        name = ctx.text[cut:m.end()]
        # 联合实验室 (a unit of 某公司): the joint unit's ending alone
        ctx.forget([e for e in ctx.reg.of_type("Agency", "Organization")
                    if any(mm.end == m.end() and mm.start > cut for mm in e.mentions) and e.label != name])
        if ctx.reg.find(name) is None:
            ctx.reg.add("Organization", name, confidence=conf.STATISTICAL_NAME, mention=ctx.mention(cut, m.end()))


#: a dateline of the page an article was taken from: 2022-03-08 06:35:35 来源：舜网-济南日报 作者：…
_SOURCE_LINE = re.compile(r"^\s*\d{4}[-年/]\d{1,2}[-月/]\d{1,2}日?\s*(?:星期.)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*"
                          r"(?:来源[:：]?\s*)?(?P<source>[\u4e00-\u9fffA-Za-z0-9·\-－—]{2,30}?)\s*(?:作者[:：].*|编辑[:：].*)?$")


#: an outlet's name opening a page's dateline, before the date (某某经贸新闻 2018-01-27 08:32, 某某调查网 时间:2019-04-18);
#: only a name that ends like a medium's (企业资讯, 文摘: a column's name)
_OUTLET_BEFORE_DATE = re.compile(r"^\s*(?P<source>[\u4e00-\u9fffA-Za-z0-9·]{1,16}(?:网|报|新闻|周刊|杂志|客户端|财经|电视台|广播电台))"
                                 r"\s+(?:时间\s*[:：]\s*)?\d{4}[-年/.]\d{1,2}")


#: a source credit anywhere in the page: （来源：某某日报）, 来源:某某网 2022-12-08, 信息来源:某某 时间:…, (文章来源:…)
_SOURCE_CREDIT = re.compile(r"(?:信息|内容|文章|报送)?来源\s*[:：]\s*(?P<source>[\u4e00-\u9fffA-Za-z0-9·\-－—]{2,30}?)"
                            r"(?=\s|[）)|丨]|$|\d{4}[-年/.]|(?:发布)?时间|作者|编辑)")


def find_source_lines(ctx: FactContext) -> None:
    """The outlets of a page's dateline (2019-01-29 13:06 来源：中国网; …来源:舜网-济南日报) and of its
    source credits (（来源：某某日报）, 来源:某某网 2022-12-08): each is an organisation of the article
    (a body's own site, 教育部网站, is that body's and left to the lexicon)."""
    at = 0
    for line in ctx.text.split("\n")[:6]:
        m = _SOURCE_LINE.match(line) or _OUTLET_BEFORE_DATE.match(line)
        if m and not re.search(r"\d{4}年", m.group("source")):
            _add_outlets(ctx, m.group("source"), at + m.start("source"))
        at += len(line) + 1
    for m in _SOURCE_CREDIT.finditer(ctx.text):
        _add_outlets(ctx, m.group("source"), m.start("source"))


def _add_outlets(ctx: FactContext, source: str, start: int) -> None:
    """Each outlet of a source (舜网-济南日报: two), unless another rule or the lexicon has it."""
    for part in re.finditer(r"[^\-－—]+", source):
        name, s = part.group(0), start + part.start()
        name = re.sub(r"(?:综合|报道|整理|消息)$", "", name)   # 某新闻综合: compiled by the outlet
        if len(name) < 2 or re.search(r"^\d|\d$|星期|未知|本站|本网", name) or \
                name.endswith(("网站", "发布", "滚动")) or ctx.reg.find(name) or \
                name in ctx.known_bodies or name in ctx.place_names or ctx.taken.covers(s):
            continue
        ctx.reg.add(bodies.body_type(name), name, confidence=conf.STATISTICAL_NAME,
                    mention=ctx.mention(s, s + len(name)))
