"""Bodies, their units and the people who hold posts in them.

The genre names officials as one apposition — body, unit, post, name:
国家发展改革委 财政金融和信用建设司 司长 陈洪宛. :func:`split_body_chain` splits the
part before the post into a chain of bodies; :func:`name_after` reads the name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .jieba_dict import jieba_dictionary

CJK = "\u4e00-\u9fff"
# suffixes that end the name of an organisation or of one of its units
ORG_SUFFIXES = ("国家工程实验室", "重点实验室", "实验室", "研究院", "研究所", "研究中心", "大学", "学院",
                "科学院", "工程院", "联合会", "协会", "学会", "联盟", "集团", "公司", "银行", "中心",
                "委员会", "基金会", "医院", "出版社", "报社", "电视台", "人民政府", "政府", "办公室",
                "办公厅", "部", "委会", "委", "局", "司", "处", "厅", "署", "办", "院", "所", "室", "科", "站",
                "馆", "台", "社", "网", "组", "队", "党委", "党组", "政协", "人大", "传媒", "全媒体", "媒体", "通信网", "智库")
# suffixes that end a body named in running text (not a unit's one-character ending)
# societies, chambers, schools and plants: 深圳市软科学研究会, 中国机电产品进出口商会, 某市第二中学, 某热电厂
MORE_ORG_SUFFIXES = ("研究会", "促进会", "商会", "中学", "小学", "电厂", "日报", "晚报", "新闻网", "分行", "支行")
ORG_SUFFIXES += MORE_ORG_SUFFIXES
#: the eight democratic parties' short names, which open their central and local committees' names
#: (民进中央, 民盟北京市委)
DEMOCRATIC_PARTIES = r"民革|民盟|民建|民进|农工党|致公党|九三学社|台盟"
RUNNING_TEXT_SUFFIXES = ORG_SUFFIXES[:22] + ("传媒", "全媒体", "通信网", "智库") + MORE_ORG_SUFFIXES
# parks, bases and consortia named in running text: 某某数据产业园区, 某所某某服务基地, 某市某某创新联合体
PARK_SUFFIXES = ("产业园区", "产业园", "基地", "联合体")   # not 科技园区, 工业园区: areas, places
RUNNING_TEXT_SUFFIXES += PARK_SUFFIXES
# people's organisations and party work committees: 天津市科协, 南昌市工商联, 江西省总工会, 市委教育工委
PEOPLES_ORGANISATIONS = ("科协", "工商联", "妇联", "侨联", "文联", "总工会", "工委")
ORG_SUFFIXES += PEOPLES_ORGANISATIONS
# bodies of a province, city or county: 杭州市人民政府, 浙江省经济和信息化厅, 深圳市委
LOCAL_GOVERNMENT_SUFFIXES = ("人民政府", "政府", "人大常委会", "政协", "办公厅", "办公室", "委员会", "管委会", "厅", "局", "委",
                             # a party committee's working bodies: 某省委组织部, 某市委网信办
                             "组织部", "宣传部", "统战部", "社会工作部", "网信办", "农办", "编办", "外办", "台办", "政研室")
# posts only a company has: the name before them is a company's, whatever its ending (字节跳动副总裁)
CORPORATE_POSTS = frozenset({"总裁", "副总裁", "董事长", "副董事长", "总经理", "副总经理", "首席执行官", "首席技术官",
                             "首席信息官", "首席财务官", "创始人", "联合创始人", "董事", "CEO", "CTO"})
# suffixes of a body that can hold units (the first link of a chain)
PARENT_SUFFIXES = ("人民政府", "政府", "大学", "学院", "科学院", "工程院", "研究院", "集团", "公司",
                   "委员会", "部", "委", "局", "厅", "银行", "总局", "署", "协会", "学会")
PARENT_SUFFIXES += ("政协",) + PEOPLES_ORGANISATIONS[:-1]   # 中国科协学会部
GOVERNMENT_MARKERS = ("政府", "人民", "国家", "中共", "中央", "党委", "党组", "部", "委", "局", "厅",
                      "署", "司", "处", "办公室", "办公厅", "人大", "政协", "法院", "检察院", "管委会")
_BOUNDARY = re.compile(r"[^" + CJK + r"A-Za-z0-9（）()·]")
_LEADING_FILLER = re.compile(
    r"^(?:据悉|据|在|由|和|与|及|同(?!济|方)|对于|对(?!外)|我校|我院|本校|本院|向|请|邀请|经(?!济|贸|信|开)|受|会上|其中|此外|同时|另外|目前|近日|日前|当天|随后|"
    r"包括|还有|以及|分别有|分别是|分别为|"
    r"出席会议的|出席的|参加会议的|来自|作为|原(?!子|平|阳|州)|前(?![海门沿景瞻列线端])|第[一二三四五六七八九十]+届)+")   # 原邮电部部长, 前某公司CEO: a former post, the body as named
# characters that rarely end a Chinese given name but often follow one (verbs, prepositions)
_AFTER_NAME = set("在说表指认介分呼强称提等的和与也就对为向告透坦解建谈出主同是从会今近日上下中所已将要还并及"
                  "看则都曾先再又即因被把让给于以到代率带领做作阐发回应答见签")
# common given-name characters among them (陈志强, 张建中, 李振发): they end a name unless they
# start a word with the character after them (刘洋强调, 王刚发表, 王刚同志)
_GIVEN_NAME_CHARS = set("强伟华明军平国东林建中发文武斌刚勇杰峰磊涛超辉鹏龙海荣兴")


#: what continues a word that ends a name (网络, 网民, 网信; 报告, 报道; 互联网): after such an ending, an
#: outlet's or a company's name (中国网, 某某报, 某某互联) is part of another word
_WORD_GOES_ON = {"网": "络民格点速信购站页友安联店", "报": "告道送名考批销表", "联": "网"}


def runs_on(name: str, after: str) -> bool:
    """A known name whose last word runs on into what follows it: 中国网|络…, 某某报|告, Meta|verse."""
    if name and after and after[0] in _WORD_GOES_ON.get(name[-1], ""):
        return True
    return bool(name and after) and _is_letter(name[-1]) and _is_letter(after[0])


def _is_letter(c: str) -> bool:
    return c.isascii() and c.isalpha()


def inside_latin_word(text: str, start: int, end: int) -> bool:
    """A name in Latin letters cut out of a longer word (SO|AR, Meta|verse)."""
    return start > 0 and _is_letter(text[start]) and _is_letter(text[start - 1]) or \
        end < len(text) and _is_letter(text[end - 1]) and _is_letter(text[end])


@dataclass(frozen=True)
class BodyLink:
    """One link of a body chain: its surface, whether the lexicon knows it, its type."""
    surface: str
    type: str
    known: bool


def left_context(text: str, end: int, *, limit: int = 40) -> str:
    """The run of name characters before ``end``: back to punctuation, then fillers removed."""
    start = max(0, end - limit)
    chunk = text[start:end]
    cut = [m.end() for m in _BOUNDARY.finditer(chunk)]
    chunk = chunk[cut[-1]:] if cut else chunk
    chunk = chunk[_unopened_close(chunk):]   # （记者 刘某）中国某部: the byline's ） ends the run
    if "的" in chunk:
        chunk = chunk[chunk.rindex("的") + 1:]
    opened = _UNCLOSED_OPENING.search(chunk)
    if opened:   # 本报讯(全媒体首席记者…, 客户端讯(中国青年报·中国青年网记者: inside a byline's bracket
        chunk = chunk[opened.end():]
    if "·" in chunk:
        chunk = chunk[chunk.rindex("·") + 1:]
    met = _MEETS_AFTER_POST.match(chunk)
    if met:   # 某某部长与|上海市委副书记…: the body named after the first official's post and 与
        chunk = chunk[met.end():]
    lead = LEAD_VERB.match(chunk)
    if lead:   # 今天我们很高兴请来了|交通运输部, 现任|合肥市委: a clause before the body
        chunk = chunk[lead.end():]
    return _LEADING_FILLER.sub("", chunk)


# a post and 与/和/同 before another official (某某部长与某市委副书记): no part of the second one's body
_MEETS_AFTER_POST = re.compile(r".*(?:部长|省长|市长|局长|主任|主席|书记)(?:与|和|同)")
# an opening bracket that nothing closes before the end of the run
_UNCLOSED_OPENING = re.compile(r"[（(](?=[^（）()]*$)")
# verbs after which a body's name starts (never part of one): 请来了, 现任, 调任, 会见 …
LEAD_VERB = re.compile(r".*(?:了|现任|调任|曾任|历任|拟任|任命|免去其|免去|宣布|会见|专访|召开|来到|走进|争创|创建|"
                       r"(?:会议|论坛|大会|活动|仪式|峰会|研讨会)由)")   # 会议由|某中心党委书记…主持


def _unopened_close(chunk: str) -> int:
    """Where the run starts after the last closing parenthesis that no opening one in it matches."""
    depth, start = 0, 0
    for i, c in enumerate(chunk):
        if c in "（(":
            depth += 1
        elif c in "）)":
            if depth:
                depth -= 1
            else:
                start = i + 1
    return start


def closes_unopened_bracket(run: str) -> bool:
    """The run closes a bracket it never opened (北京）网络安全科技股份有限公司): it starts inside the
    bracket of a longer name (某某（北京）网络安全科技股份有限公司), no name of its own."""
    close = re.search(r"[）)]", run)
    return close is not None and not re.search(r"[（(]", run[:close.start()])


_PLACE_BRACKET_BEFORE = re.compile(r"[\u4e00-\u9fffA-Za-z0-9][（(]([\u4e00-\u9fff]{2,6})[）)]$")


def after_place_bracket(text: str, start: int, places: set[str]) -> bool:
    """A name found at ``start`` follows a place's bracket inside a longer name (某某（北京）|网络安全科技
    股份有限公司): it is that name's tail, no name of its own (not 重点（工程）|实验室, a kind)."""
    m = _PLACE_BRACKET_BEFORE.search(text, max(0, start - 12), start)
    return m is not None and m.group(1) in places


def body_type(surface: str, parent_type: str | None = None) -> str:
    if parent_type == "Agency" and surface.endswith(("司", "局", "处", "厅", "室", "办公室", "中心", "所")):
        return "Agency"
    if surface.endswith(("公司", "集团")) and not surface.startswith(("国家", "中共", "中央", "全国")):
        return "Organization"   # 中国邮政集团有限公司: a company, whatever 司 suggests
    if surface.startswith(("国家", "中共", "中央", "全国")) or any(
            surface.endswith(m) for m in GOVERNMENT_MARKERS):
        return "Agency"
    return "Organization"


LEGAL_FORMS = ("股份有限公司", "集团有限公司", "有限责任公司", "集团股份有限公司", "有限公司", "集团公司", "集团",
               "股份公司", "公司")


#: a company's line of business and legal form after its short name (某某|科技集团, 某某|信息技术股份有限公司)
_COMPANY_FORM = re.compile(r"(?:(?:网络|信息|数字|智能|电子|通信|数据)?(?:科技|技术|软件)|信息|控股|实业|股份)?"
                           r"(?:" + "|".join(sorted(LEGAL_FORMS, key=len, reverse=True)) + ")")


def company_form_after(rest: str) -> str | None:
    """The legal form, with the line of business before it, that opens ``rest`` (科技集团, 技术有限公司)."""
    m = _COMPANY_FORM.match(rest)
    return m.group(0) if m else None


def field_and_company_form(rest: str, places: set[str], known: dict[str, str]) -> str | None:
    """A field and a legal form after a company the lexicon knows, naming one company with it
    (某某|数字安全科技集团有限公司, 某某|智能汽车有限公司), not a branch (某某|北京分公司), a place's
    or another known company's (某某|联通集团), nor a clause (某某|成立了集团公司)."""
    m = _FIELD_AND_FORM.fullmatch(rest)
    if not m or m.group(1) in places or m.group(1) in known or rest.endswith(("分公司", "子公司")) or \
            _NO_FIELD.search(m.group(1)):
        return None
    return rest


#: characters of a clause, never of a company's field (成立了, 的, 和)
_NO_FIELD = re.compile(r"[了的和与及在是将为由对向等]|成立|组建|设立|旗下")


#: a field of two to four characters and a company's form (数字安全|科技集团有限公司)
_FIELD_AND_FORM = re.compile(r"([\u4e00-\u9fff]{2,4}?)" + _COMPANY_FORM.pattern)


def strip_legal_form(surface: str) -> str:
    """中国电信集团有限公司 → 中国电信 (when what is left is still a name)."""
    for form in LEGAL_FORMS:
        if surface.endswith(form) and len(surface) - len(form) >= 2:
            return surface[:-len(form)]
    return surface


NOT_BODY_ENDINGS = ("布局", "格局", "大局", "全局", "开局", "变局", "新局", "破局", "结局", "棋局", "残局", "僵局",
                    "中小学")


def split_body_chain(run: str, known: dict[str, str], places: set[str]) -> list[BodyLink]:
    """Split a run such as 北京大学大数据分析与应用技术国家工程实验室 into its bodies.

    ``known`` maps lexicon surfaces of bodies to their type; ``places`` holds place
    names (a run may start with one: 北京市经济和信息化局). Returns [] when the run
    does not end like the name of a body.
    """
    if run.endswith(NOT_BODY_ENDINGS) or run in ("全媒体", "融媒体", "媒体", "传媒") or _GENERIC_BODY.match(run):
        return []   # 宁夏等地布局, 新发展格局: a word ending in 局, not a bureau; (本报)全媒体(记者)
    links: list[BodyLink] = []
    rest = run
    while rest:
        affiliated = _AFFILIATED.match(rest) if links else None
        if affiliated:   # 复旦大学|附属中山医院|心内科: the affiliated hospital is a unit of its own
            links.append(BodyLink(affiliated.group(0), "Organization", False))
            rest = rest[affiliated.end():]
            continue
        prefix = next((rest[:n] for n in range(len(rest), 1, -1) if rest[:n] in known and not runs_on(rest[:n], rest[n:])),
                      None)
        country = next((c for c in _COUNTRY_NAMES if rest.startswith(c)), None) if not prefix and not links else None
        inner = next((rest[len(country):n] for n in range(len(rest), len(country) + 1, -1)
                      if known.get(rest[len(country):n]) == "Agency"), None) if country else None
        if inner:   # 中国工业和信息化部: the country's name before a known state body is part of its name
            links.append(BodyLink(country + inner, "Agency", True))
            rest = rest[len(country) + len(inner):]
            continue
        if prefix and links and links[-1].surface.endswith(LOCAL_COMMITTEES) and \
                not prefix.startswith(CENTRAL_HEADS):
            links.append(BodyLink(prefix, "Agency", False))   # 某省委|网信办: the committee's own office,
            rest = rest[len(prefix):]                          # not the central one the short name also names
            continue
        if prefix:
            links.append(BodyLink(prefix, known[prefix], True))
            rest = rest[len(prefix):]
            legal = company_form_after(rest) if known[prefix] == "Organization" else \
                next((f for f in LEGAL_FORMS if rest.startswith(f)), None)
            if not legal and known[prefix] == "Organization" and len(links) == 1:
                legal = field_and_company_form(rest, places, known)   # 某某|数字安全科技集团有限公司: one company
            if legal:   # 中国电信集团有限公司, 某某科技集团: the legal form belongs to the name
                links[-1] = BodyLink(links[-1].surface + legal, links[-1].type, True)
                rest = rest[len(legal):]
            continue
        if not rest.endswith(ORG_SUFFIXES + PARK_SUFFIXES) or len(rest) < 2:   # a park only ends a run
            return links if not rest else []
        parent_type = links[-1].type if links else None
        split = _split_point(rest, places)
        if split:
            links.append(BodyLink(rest[:split], body_type(rest[:split], parent_type), False))
            rest = rest[split:]
            continue
        links.append(BodyLink(rest, body_type(rest, parent_type), False))
        rest = ""
    return links


_COUNTRY_NAMES = ("中华人民共和国", "中国")
#: a local party committee (某省委, 某市委, 某自治区党委) and the heads of central bodies' names
LOCAL_COMMITTEES = ("省委", "市委", "区委", "县委", "州委", "党委")
CENTRAL_HEADS = ("国家", "中央", "中国", "中华", "国务院", "中共", "全国")


def without_country(surface: str) -> str:
    """中国工业和信息化部 → 工业和信息化部 (the name as the lexicon has it)."""
    country = next((c for c in _COUNTRY_NAMES if surface.startswith(c)), "")
    return surface[len(country):]


# kinds of bodies, not bodies: 国家级重点实验室, 省级政府, 数字政府, 中央部委
_GENERIC_BODY = re.compile(r"(?:国家级|省级|市级|县级|[\u4e00-\u9fff]{0,4}级政府|(?:数字|智慧|城市|地方|各级|基层)(?:人民)?政府$|中央部委$)")
_AFFILIATED = re.compile(r"附属[\u4e00-\u9fff]{0,12}?(?:医院|中学|小学|实验学校|学校|幼儿园)")


def _split_point(run: str, places: set[str]) -> int | None:
    """Where a run of two unknown bodies divides: the shortest parent-like prefix
    leaving a remainder that is itself a body of three characters or more."""
    for n in range(3, len(run) - 2):
        head, tail = run[:n], run[n:]
        if head in places or head.count("（") + head.count("(") > head.count("）") + head.count(")"):
            continue   # 上海紫江（集团）有限公司: no split inside brackets
        if head.endswith(PARENT_SUFFIXES) and tail.endswith(ORG_SUFFIXES) and len(tail) >= 3 \
                and not tail.startswith(("和", "与", "及", "暨", "由")) and not tail.startswith(LEGAL_FORMS) \
                and not _cuts_word(head, tail):
            return n
    return None


#: a suffix's word that a split after its first character would cut (某安全委|员会, 某某部|门, 某局|长)
_SUFFIX_WORDS = ("委员会", "部门", "局长", "委员")


def _cuts_word(head: str, tail: str) -> bool:
    """A split between ``head`` and ``tail`` falls inside a suffix's word (网络安全和信息化委|员会办公室),
    or parts a committee from its own office (某某委员会|办公室)."""
    if tail == "办公室" and head.endswith(("委员会", "领导小组")):
        return True   # 某某委员会办公室: the committee's office is named as one body
    return any(head.endswith(w[:k]) and tail.startswith(w[k:]) for w in _SUFFIX_WORDS for k in range(1, len(w)))


def _words() -> dict[str, tuple[int, str]]:
    """Common two- and three-character words of jieba's dictionary: word → (frequency, part of speech)."""
    return jieba_dictionary().common


def is_common_word(candidate: str, head: str | None = None) -> bool:
    """A name candidate that is rather a word: 高度重(视), 全面, 南昌市. Words jieba tags as
    names (nr) never count; a place word or one heading a longer candidate must be very common (王国华)."""
    if len(candidate) == 3 and candidate[-1] in "省市县区州":
        return True
    words = _words()
    for word, whole in ((candidate, True), (head, False)):
        entry = words.get(word) if word else None
        if entry and not entry[1].startswith("nr") and (
                entry[0] >= 3000 or whole and entry[1] != "ns"):   # a rarer place word may be a name (王国)
            return True
    return False


def name_before(text: str, end: int) -> bool:
    """A well-known name ends at ``end`` (习近平总书记): the post after it is that person's."""
    entry = _words().get(text[max(0, end - 3):end])
    return end >= 3 and entry is not None and entry[1].startswith("nr")


def _ends_name(text: str, end: int) -> bool:
    """The character before ``end`` is a given-name character that starts no word with the next one."""
    last = text[end - 1]
    if last not in _GIVEN_NAME_CHARS:
        return False
    entry = _words().get(text[end - 1:end + 1])
    return entry is None or entry[1] == "j"   # 中介 (an abbreviation) is no reason to cut 张建中


# 梅宏称、王明说: a third character that is a speech verb ends the sentence's subject, not the name
_SPEECH_END = set("称说讲道")


def splits_common_word(text: str, start: int) -> bool:
    """A name found at ``start`` would cut a common word in two (出|席省政府) or open with a
    verb (介绍国家数据局)."""
    words = _words()
    before = words.get(text[start - 1:start + 1]) if start >= 1 else None
    first = words.get(text[start:start + 2])
    return (before is not None and before[0] >= 1000 and not before[1].startswith(("n", "j"))) or \
        (first is not None and first[1] == "v" and first[0] >= 3000)


def _starts_common_word(text: str, at: int) -> bool:
    """A common two-character word (not a name) starts at ``at``: 共同, 一起, 分别."""
    entry = _words().get(text[at:at + 2])
    return entry is not None and entry[0] >= 3000 and not entry[1].startswith("nr")


def name_after(text: str, start: int, surnames: set[str], compound_surnames: set[str], *,
               post_start: int | None = None) -> str | None:
    """The person name that starts at ``start`` (after a post), or None.

    Chinese names are a surname and one or two characters. Which length is right
    is read from the article itself: a three-character candidate that recurs as
    often as its two-character head is a name; a third character that varies is not.
    A candidate that is a common word (高度重视) is none, and neither is one after a
    post that itself follows a name (``post_start``).
    """
    if post_start is not None and name_before(text, post_start):
        return None
    i = start
    while i < len(text) and text[i] in " \u3000":
        i += 1
    s = text[i:i + 4]
    if s[:2] in compound_surnames:
        base = 2
    elif s[:1] in surnames:
        base = 1
    else:
        return None
    short, long_ = s[:base + 1], s[:base + 2]
    if len(short) < base + 1 or not re.fullmatch(f"[{CJK}]+", short):
        return None
    if len(long_) < base + 2 or not re.fullmatch(f"[{CJK}]+", long_):
        return None if is_common_word(short) else short
    n_short, n_long = text.count(short), text.count(long_)
    if n_long >= 2 and n_long == n_short and long_[-1] not in _SPEECH_END:
        name = long_
    elif n_short > n_long:
        name = short
    elif _starts_common_word(text, i + base + 1):   # 陈磊共同为…揭牌: 共同 is a word, not the name's end
        name = short
    else:
        name = short if long_[-1] in _AFTER_NAME and not _ends_name(text, i + len(long_)) else long_
    if is_common_word(long_, short) if name == long_ else is_common_word(short):
        return None
    return name


#: a place's level character dropped from a body's short name (长沙科协 for 长沙市科协)
_LEVEL_CHARACTERS = set("省市区县")


def _written_alike(name: str) -> str:
    """The form two names of one body are compared in: 委员会 as 委, 人民政府 as 政府."""
    return re.sub(r"人民政府$", "政府", re.sub(r"委员会$", "委", name))


def _dropped_blocks(short: str, long: str) -> list[tuple[int, int]] | None:
    """The runs of ``long``'s characters that ``short`` leaves out, reading both left to right
    (网安局 in 网络安全管理局: 络, 全管理); None when ``short`` is not taken from ``long`` in order."""
    blocks, i, start = [], 0, None
    for j, c in enumerate(long):
        if i < len(short) and c == short[i]:
            if start is not None:
                blocks.append((start, j))
                start = None
            i += 1
        elif start is None:
            start = j
    if i < len(short):
        return None
    if start is not None:
        blocks.append((start, len(long)))
    return blocks


def is_abbreviation(short: str, long: str) -> bool:
    """``short`` is a short name of ``long``: its characters taken in order from ``long``'s words,
    the same first and last characters (经信局 of 经济和信息化局, 网安局 of 网络安全管理局, 科委 of
    科学技术委员会, 长沙科协 of 长沙市科协); never a name that only leaves out a whole word of the
    longer one (中国银行 of 中国人民银行, 北京大学 of 北京师范大学: other bodies)."""
    short, long = _written_alike(short), _written_alike(long)
    if len(short) < 2 or len(long) <= len(short) or short[0] != long[0] or short[-1] != long[-1]:
        return False
    blocks = _dropped_blocks(short, long)
    if not blocks:
        return False
    return all(_ends_an_opened_word(long, start, end) for start, end in blocks)


def _ends_an_opened_word(long: str, start: int, end: int) -> bool:
    """The run ``start``–``end`` that a short name leaves out is a place's level character (长沙|市|科协)
    or the rest of a word whose first character the short name keeps (经|济和, 科|学技术), no word of
    its own (中国|人民|银行, 中国|工业与应用|数学学会)."""
    dropped = long[start:end]
    if dropped in _LEVEL_CHARACTERS:
        return True
    opened = _words().get(long[start - 1:start + 1])
    return opened is not None and opened[0] >= 1000 and dropped not in _words()
