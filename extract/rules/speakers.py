"""Who speaks in each sentence: a person before a speech verb, a quote attributed to them,
a transcript's speaker line, 他/她 referring back, or the paragraph's speaker; and the
bodies that speak themselves (央行表示…, 某部有关负责人介绍…), whose goals those are.

Reads from the context: ``text``, ``sentences``, ``reg`` (Person entities and their mentions;
bodies; documents), ``goal_spans``, ``relations`` (proposes, hasGoal).
Writes to the context: ``speakers`` (sentence index → person key), ``transcript``,
``relations`` (hasGoal of a speaking body, of a spokesperson's body and of the issuing bodies
that answer for their documents in a press Q&A).
"""
from __future__ import annotations

import itertools
import re
from collections import Counter

from cnkg.extract import confidence as conf
from cnkg.extract import goals
from cnkg.extract.rules import officials
from cnkg.extract.rules.context import FactContext

SPEECH_VERBS = ("说道", "说", "指出", "表示", "介绍", "认为", "强调", "称", "呼吁", "坦言", "透露", "解释", "谈到",
                "建议", "提出", "分享", "阐述", "提到", "总结", "补充", "回应", "直言", "看来", "告诉", "介绍说",
                "要求", "建言", "提交")
_PRONOUN = re.compile(r"(?:^|[，,。：:；;“])\s*(?:在|据)?(?:他|她)")
# 他指出, 在她看来, 据他介绍: a sentence opened by a pronoun
_PRONOUN_OPENER = re.compile(r"\s*(?:在|据)?(?:他|她)")


# 某某感谢学会的支持，并表示将…, …，同时强调…: a later clause of the sentence where its subject speaks
_GOES_ON_SAYING = re.compile(r"[，,]\s*(?:并|还|也|同时)(?:表示|指出|强调|称|提出|呼吁|建议)")
# 某中心主任某某从自身需求分析，认为…: the same with no adverb, after a subject named with their post
_THEN_SAYS = re.compile(r"[，,]\s*(?:表示|指出|强调|认为|提出|呼吁|建议)")


# 同时，…, 此外，…: a paragraph that goes on with what the one before said (not 此外，《规划》提出…: a document's)
_GOES_ON = re.compile(r"\s*(?:同时|此外|另外|与此同时|此外还|同时还)[，,](?![^，,。；;]*《)")


# a sentence that ends with the close of a quotation: …“…。” / …“…”。
_CLOSES_QUOTE = re.compile(r"”\s*[。！？!?]?\s*$")
# 习近平总书记强调：“…”: the leader's words, which a speaker or writer cites
_LEADER_QUOTED = re.compile(r"总书记[^，,。“”]{0,6}(?:指出|强调|提出|要求|说)[，,：:]?\s*“")


def quote_speakers(ctx: FactContext, verbs: str) -> list[tuple[int, int, str]]:
    """(start, end, person) of quotes attributed by 。”X说 after them or X说：“ before them."""
    found = []
    persons = ctx.reg.of_type("Person")
    for q in re.finditer(r"“[^“”\n]{6,}”", ctx.text):
        who = None
        after = re.match(r"([\u4e00-\u9fff]{2,4}?)(?:在[^，,。“”]{0,12})?(?:" + verbs + ")", ctx.text[q.end():q.end() + 20])
        before = re.search(r"([\u4e00-\u9fff]{2,4}?)(?:" + verbs + r")[：:，,]$", ctx.text[max(0, q.start() - 12):q.start()])
        for m in (after, before):
            if m and (person := ctx.reg.find(m.group(1), "Person")):
                who = person.key
                break
        if who is None:   # 。”某市数据资源局副局长王某某介绍: a body and a post before the name
            who = person_before_verb(ctx.text[q.end():q.end() + 40], verbs, persons)
        if who is None:   # “…。”在…论坛上，某院副院长王某某如是说。: the sentence ends naming its speaker
            who = person_ending_sentence(ctx.text, q.end(), persons)
        if who:
            found.append((q.start(), q.end(), who))
    return found


def person_before_verb(window: str, verbs: str, persons: list) -> str | None:
    """The registered person named within ~30 characters of the start of ``window``
    (one clause) and followed by a speech verb."""
    clause = re.split(r"[，,。；;：:“”\n]", window, maxsplit=1)[0]
    best = None
    for person in persons_in(persons, clause):
        for m in re.finditer(re.escape(person.label), clause):
            if m.start() <= 30 and re.match(r"(?:在[^，,。“”]{0,12})?(?:" + verbs + ")", clause[m.end():]) \
                    and (best is None or m.start() < best[0]):
                best = (m.start(), person.key)
    return best[1] if best else None


# what ends a sentence that names the speaker of the quotation before it: 某某如是说。, 某某给出这一观点。
_SAID_AT_END = re.compile(r"(?:如是说|这样说|这么说|说道|说|表示|指出|强调|称|坦言|谈道|"
                          r"给出了?(?:这一|这个|上述|以上)?(?:观点|判断)|作出了?(?:这一|上述)?判断)\s*[。！!]")


def person_ending_sentence(text: str, start: int, persons: list) -> str | None:
    """The registered person whose name, with a speech verb (如是说, 表示 …), ends the sentence
    that goes on from ``start`` (the end of a quotation) without another quotation (a quoted
    name, 在“…”论坛上, is not one)."""
    end = re.search(r"[。！!？?\n]", text[start:start + 120])
    stretch = text[start:start + end.end()] if end else ""
    if not stretch or "“" in re.sub(r"“[^“”]{1,40}”", "", stretch):   # another quotation (a quoted name is fine)
        return None
    for person in persons_in(persons, stretch):
        for m in re.finditer(re.escape(person.label), stretch):
            if _SAID_AT_END.fullmatch(stretch, m.end()):
                return person.key
    return None


def persons_in(persons: list, chunk: str) -> list:
    return [p for p in persons if p.label in chunk]


# 某会长对理事会提出几点希望和要求。, 我提出四点建议。: a paragraph that ends announcing the points of the next ones
_ANNOUNCES_POINTS = re.compile(r"(?:几|[一二三四五六七八九十两\d])(?:点|个方面|条)[\u4e00-\u9fff]{0,6}"
                               r"(?:希望|要求|建议|意见|看法|思考)[。：:]?\s*$")


# a transcript line: a speaker's label (记者, 主持人, 某部副部长某某) and a colon open the paragraph
_SPEAKER_LINE = re.compile(r"\s*[^，,。；;！!？?：:“”\n]{1,30}[：:]")
# a paragraph that goes on with a list announced before it: ——要…, 一是…, 第一，…, （一）…, 1.…, “…
_LIST_ITEM = re.compile(r"\s*(?:——|—|[一二三四五六七八九十]是|第[一二三四五六七八九十][，,、是]|[（(][一二三四五六七八九十\d]+[)）]|"
                        r"\d+[.、．]|[一二三四五六七八九十]、|“|首先|其次|再次|最后)")


def open_quotes(text: str, offsets: list[int]) -> list[bool]:
    """For each offset (ascending): does it lie inside a quotation opened before it?  A
    quotation runs on over paragraphs that open with “ (the genre's multi-paragraph quote)
    and ends at ” or at a paragraph that does not open with “."""
    states, inside, at = [], False, 0
    for offset in offsets:
        while at < offset:
            c = text[at]
            if c == "“":
                inside = True
            elif c == "”":
                inside = False
            elif c == "\n" and inside and not text[at + 1:at + 40].lstrip(" \u3000\n").startswith("“"):
                inside = False
            at += 1
        states.append(inside)
    return states


_BYLINE_BEFORE = re.compile(r"(?:记者|通讯员|摄影)[ \u3000]*(?:[\u4e00-\u9fff]{2,4}[ \u3000、，,]+){0,3}$")


def reporters(ctx: FactContext) -> set[str]:
    """The persons of the article's bylines (（记者 张某）, a reporter's post): never its speakers."""
    found = {s for (s, p, _), rel in ctx.relations.items() if p == "holdsPost" and rel.post == "记者"}
    for person in ctx.reg.of_type("Person"):
        if any(_BYLINE_BEFORE.search(ctx.text, max(0, m.start - 30), m.start) for m in person.mentions):
            found.add(person.key)
    return found


def find_speakers(ctx: FactContext) -> None:
    """Who speaks in each sentence: a person followed by a speech verb (据X介绍, 在X看来),
    a quote attributed to X (before it, after it, or at the end of its sentence: …X如是说),
    他/她 referring back to the last speaker, or — inside one paragraph — the speaker of an
    earlier sentence, or of a later one that only names them (…。X称。); a transcript answer
    (X：…) runs on over its paragraphs to the next speaker line, the person a headline
    names speaks the later paragraphs that name nobody, and a dash line ending with a name
    (——全国人大代表、某集团董事长某某) is the speaker of the paragraph above it."""
    persons = ctx.by_sentence("Person")
    bylines = reporters(ctx)
    persons = {i: [(m, p) for m, p in found if p.key not in bylines] for i, found in persons.items()}
    verbs = "|".join(sorted(SPEECH_VERBS, key=len, reverse=True))
    quotes = quote_speakers(ctx, verbs)
    long_verbs = "|".join(v for v in sorted(SPEECH_VERBS, key=len, reverse=True) if len(v) > 1)
    current = None
    previous_opener = None
    paragraph_speaker: tuple[int, str] | None = None
    header_speaker = None   # 发言摘登: "…董事长刘某：" on a line of its own speaks for the lines after it
    starts_quoted = open_quotes(ctx.text, [s.start for s in ctx.sentences])
    ends_quoted = open_quotes(ctx.text, [s.end for s in ctx.sentences])
    quote_speaker = None    # the speaker of a quotation still open at the end of the last sentence
    last_person = None      # the last person named (not a byline): whom a pronoun refers to
    last_named = None       # the sentence that named them
    list_speaker = None     # the speaker whose paragraph announced a list of paragraphs (他强调：)
    quoting = None          # (paragraph, speaker) of the last paragraph a speaker quoted in
    previous_paragraph = None
    last_turn = None        # (paragraph, speaker) of the last sentence, when it had one
    answering = None        # (paragraph, speaker) of a transcript line that opens with its speaker
    answer_speaker = None   # the speaker of the last transcript line (袁达：…): their answer runs on
    for s, quoted, still_quoted in zip(ctx.sentences, starts_quoted, ends_quoted):
        paragraph = ctx.text.rfind("\n", 0, s.start)
        para_end = ctx.text.find("\n", s.start)
        para_end = len(ctx.text) if para_end < 0 else para_end
        if paragraph + 1 == s.start and re.search(r"[：:]\s*$", ctx.text[s.start:para_end]):
            header = next((p for m, p in persons.get(s.index, ())
                           if re.match(r"\s*[：:]\s*$", ctx.text[m.end:para_end])), None)
        elif paragraph + 1 == s.start > 0:   # (not the headline)
            header = _saying_header(ctx, persons.get(s.index, ()), s.start, para_end)
        else:
            header = None
        if header is not None:
            header_speaker = header.key
            ctx.speakers[s.index] = header.key
            current = header.key
            continue
        speaker = None
        for m, person in persons.get(s.index, ()):
            start, end, key = m.start, m.end, person.key
            if s.start <= start < s.end:
                # to the end of the clause: X代表学校对…表示衷心感谢 (a one-character verb only close by)
                after = ctx.text[end:min(end + 80, s.end)]
                after = re.split(r"[，,。；;：:“”]", after, maxsplit=1)[0]
                if re.search(verbs, after[:14]) or re.search(long_verbs, after):
                    speaker = key
                    break
        opener = previous_opener
        previous_opener = _sentence_opener(ctx, persons.get(s.index, ()), s.start, 24, r"[，,、：:“”]")
        # 某大学教授、某研究院副院长X围绕“…”作了演讲，他指出…: the subject, after their posts, is 他
        subject = _sentence_opener(ctx, persons.get(s.index, ()), s.start, 60, r"[，,：:“”。]")
        if speaker is None and subject and re.search(r"[，,]\s*(?:他|她)(?:" + verbs + ")", s.text):
            speaker = subject
        if speaker is None and subject and _GOES_ON_SAYING.search(s.text):
            speaker = subject   # 某某感谢…，并表示将…: the subject goes on to speak
        if speaker is None and subject and _THEN_SAYS.search(s.text) and _named_after_a_post(ctx, persons.get(s.index, ()), subject):
            speaker = subject   # 某中心主任某某从…出发，认为…
        if paragraph + 1 == s.start and _SPEAKER_LINE.match(s.text):
            answer_speaker = None   # a new speaker line (记者：, 主持人：, 某某：): the last answer has ended
        if speaker is None and (paragraph + 1 == s.start or s.start == 0):
            m = re.match(r"([\u4e00-\u9fff]{2,4})[：:]", s.text)
            who = ctx.reg.find(m.group(1), "Person") if m else None
            speaker = who.key if who else None
            if speaker is None:   # 省工业和信息化厅副厅长李红：下一步，…: a transcript line with its speaker's post
                speaker = next((p.key for m, p in persons.get(s.index, ()) if m.start - s.start <= 30
                                and ctx.text[m.end:m.end + 1] in ("：", ":")
                                and not re.search(r"[，,。；;：:“”]", ctx.text[s.start:m.start])), None)
                if speaker is not None:
                    answering = (paragraph, speaker)
            if speaker is not None and s.start > 0:   # (a headline 某某：… is no transcript line)
                answer_speaker = speaker
        if speaker is None and answer_speaker and paragraph + 1 == s.start:
            speaker = answer_speaker   # 袁达：谢谢你的提问。…\n下一步，我们将…: the answer's next paragraph
            answering = (paragraph, speaker)
        if speaker is None:
            speaker = next((who for a, b, who in quotes if a < s.end and s.start < b), None)
        if speaker is None and quoted and quote_speaker:
            speaker = quote_speaker   # …表示，“…。 — the quotation's next sentences are theirs too
        says = re.search(verbs + "|阐述|谈", s.text)
        if speaker is None and opener and _PRONOUN_OPENER.match(s.text) and says:
            speaker = opener   # X为中心揭牌。他指出…: 他 is the person who opened the sentence before
        if speaker is None and last_person and last_named == s.index - 1 and _PRONOUN_OPENER.match(s.text) and says:
            speaker = last_person   # 某某以…为题作了分享。他希望…: the person the sentence before named
        if speaker is None and current and _PRONOUN.search(s.text) and says:
            speaker = current
        if speaker is None and last_person and _PRONOUN_OPENER.match(s.text) and says:
            speaker = last_person   # X作了报告。他在报告中提到…: the person named last
        named_here = [p.key for m, p in persons.get(s.index, ())]
        if named_here:
            last_person, last_named = named_here[-1], s.index
        if speaker is None and paragraph + 1 == s.start and last_turn and last_turn[0] == previous_paragraph \
                and _GOES_ON.match(s.text) and not persons.get(s.index):
            speaker = last_turn[1]   # …某某指出，…。⏎同时，…: a paragraph that goes on with the last speaker's turn
        if speaker is None and paragraph_speaker and paragraph_speaker[0] == paragraph:
            speaker = paragraph_speaker[1]
        if speaker is None and quoting and paragraph + 1 == s.start and quoting[0] == previous_paragraph \
                and s.text.startswith("“"):
            speaker = quoting[1]   # …表示，“…。”\n“…。” — a quote paragraph goes on with the last one's speaker
        if list_speaker and paragraph + 1 == s.start:   # a new paragraph: one more item of the list?
            if not _LIST_ITEM.match(s.text):
                list_speaker = None
            elif speaker is None:
                speaker = list_speaker   # 他强调：\n——要…\n——要…: the items are theirs
        if speaker is None and header_speaker:
            speaker = header_speaker
        quote_speaker = speaker if still_quoted else None
        if speaker and re.search(r"[，,：:]\s*$", ctx.text[s.start:para_end]) and ctx.text.find("。", s.start, para_end) < 0:
            list_speaker = speaker   # the paragraph ends announcing what follows (他强调，)
        elif speaker and _ANNOUNCES_POINTS.search(ctx.text, s.start, para_end):
            list_speaker = speaker   # …提出几点希望和要求。⏎首先，…: the points the paragraph announced
        quoting = (paragraph, speaker) if speaker and "“" in s.text else (quoting if quoting and quoting[0] == paragraph
                                                                           else None)
        previous_paragraph = paragraph
        last_turn = (paragraph, speaker) if speaker else None
        if speaker:
            ctx.speakers[s.index] = speaker
            current = speaker
            # 某某强调：“…。” — a quotation that closes the sentence is all its speaker said there: the
            # paragraph's next sentences are the writer's again (a leader quoted in a signed article)
            # in a signed piece, anyone but the author the writer cites (习近平总书记指出，…。) says that sentence only
            quoted_only = ctx.author and speaker not in (ctx.author, *ctx.coauthors) \
                or _CLOSES_QUOTE.search(s.text) and _LEADER_QUOTED.search(s.text)
            paragraph_speaker = None if quoted_only else (paragraph, speaker)
            if speaker == header_speaker or answering == (paragraph, speaker):
                ctx.transcript.add(s.index)   # a transcript: the speaker answers for their body
        elif re.search(r"(?:专家|学者|业内人士|有关负责人)(?:" + verbs + ")", s.text):
            current = None
    closing_speakers(ctx, persons)
    quotes_named_after_them(ctx, persons)
    dash_attributed_paragraphs(ctx)
    interview_answers(ctx)
    fill_between_turns(ctx, persons)
    title_speaker_paragraphs(ctx, persons)
    full_text_speaker(ctx, persons)


#: how long a line may be that only names a speaker and their speech verb (王某副司长指出)
_SAYING_HEADER_LENGTH = 20
# what may stand between the speaker's name and the verb ending such a line: a short post (副司长, 院士)
_HEADER_VERB = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:指出|表示|认为|强调|提到|谈到|介绍|建议|提出)\s*$")


def _saying_header(ctx: FactContext, named: list, start: int, end: int):
    """The person a paragraph of its own names before a speech verb that ends it (某某副司长指出,
    with no colon): the speaker of the paragraphs after it, as a 某某： line is; else None."""
    line = ctx.text[start:end]
    if len(line.strip()) > _SAYING_HEADER_LENGTH or re.search(r"[，,。；;！？“”]", line):
        return None
    return next((p for m, p in named if _HEADER_VERB.fullmatch(ctx.text, m.end, end)), None)


#: how many sentences may lie between two of one speaker's and be theirs too
_BETWEEN_TURNS = 3
# a sentence where someone (else) speaks or a text states: 业内人士认为, 专家表示, 行动计划明确
_SOMEONE_SPEAKS = re.compile(r"表示|指出|强调|认为|介绍|说|称|明确|提出|规定")
# what a sentence that states an aim of its own says: 应开展…, 还将…, 需要…
_STATES_AIM = re.compile(goals.NOT_A_MODAL_BEFORE + r"(?:" + goals.OBLIGATION_MODALS + r"|"
                         r"力争|将(?=进一步|继续|加快|推动|持续|加强|深入|全面|大力|积极|着力|不断|以更))")


def fill_between_turns(ctx: FactContext, persons: dict[int, list]) -> None:
    """某某认为要抓住三个关键。⏎从供给侧看，应…。…。某某建议，…: the few sentences between two of one
    speaker's that have no speaker, name no person or document, ask nothing and say no one speaks
    or no text states: those of them that state an aim (应, 将, 需要 …) are that speaker's too."""
    documents = ctx.documents_by_sentence()
    said = sorted(ctx.speakers.items())
    writers = {ctx.author, *ctx.coauthors} if ctx.author else None
    for (i, who), (j, then) in zip(said, said[1:]):
        if who != then or not 1 < j - i <= _BETWEEN_TURNS + 1:
            continue
        if writers and who not in writers:
            continue   # a signed piece: the writer speaks between the words they cite of someone else
        between = ctx.sentences[i + 1:j]
        if any(persons.get(s.index) or documents.get(s.index) or _QUESTION_ENDS.search(s.text)
               or _SOMEONE_SPEAKS.search(s.text) for s in between):
            continue
        for s in (s for s in between if _STATES_AIM.search(s.text)):   # (not 建立A是落实B的手段: the writer's)
            ctx.speakers[s.index] = who
            if i in ctx.transcript and j in ctx.transcript:
                ctx.transcript.add(s.index)


def _named_after_a_post(ctx: FactContext, named: list, person: str) -> bool:
    """Whether the person's first name in the sentence comes right after a post (某中心主任某某) or
    right before one (某某总书记, 某某部长)."""
    first = next((m for m, p in named if p.key == person), None)
    return first is not None and any(ctx.text.endswith(post, 0, first.start) or ctx.text.startswith(post, first.end)
                                     for post in ctx.posts if len(post) >= 2)


def _sentence_opener(ctx: FactContext, named: list, start: int, reach: int, breaks: str) -> str | None:
    """The first person named within ``reach`` characters of the sentence's ``start`` with no
    character of ``breaks`` before them: the sentence's subject (某某为中心揭牌, 某局局长某某表示)."""
    return next((p.key for m, p in named if m.start - start <= reach and not re.search(breaks, ctx.text[start:m.start])),
                None)


# 新华社记者采访了中央网信办主任某某, 某某接受本报记者专访: the one person an interview is with
_INTERVIEWED = re.compile(r"(?:采访|专访)了?(?P<before>[^。；！？\n]{0,30})$")
_INTERVIEWED_AFTER = re.compile(r"^[^。；！？\n]{0,24}?接受[^。；！？\n]{0,20}?(?:采访|专访)")
# the marks of an interview's questions and answers, alone on a line or before a colon
_QUESTION_MARK = re.compile(r"\s*(?:问|Q|记者)\s*(?:[：:]|$)")
_ANSWER_MARK = re.compile(r"\s*(?:答|A)\s*(?:[：:]|$)")


def interviewee(ctx: FactContext) -> str | None:
    """The one person the article says was interviewed (记者采访了…某某, 某某接受…专访), or None."""
    found = set()
    for person in ctx.reg.of_type("Person"):
        for m in person.mentions:
            line_start = ctx.text.rfind("\n", 0, m.start) + 1
            if _INTERVIEWED.search(ctx.text, line_start, m.start) or _INTERVIEWED_AFTER.match(ctx.text[m.end:m.end + 60]):
                found.add(person.key)
    return found.pop() if len(found) == 1 else None


def interview_answers(ctx: FactContext) -> None:
    """问 / 答 (or Q / A, 记者：) lines of an interview with one named person: every sentence from an
    answer's mark to the next question's, that has no speaker of its own, is that person's
    answer, given for their body (``transcript``)."""
    lines = list(re.finditer(r"[^\n]+", ctx.text))
    if not any(_ANSWER_MARK.match(line.group(0)) for line in lines):
        return
    who = interviewee(ctx)
    if who is None:
        return
    answering, spans = False, []
    for line in lines:
        if _QUESTION_MARK.match(line.group(0)):
            answering = False
        elif _ANSWER_MARK.match(line.group(0)):
            answering = True
        if answering:
            spans.append((line.start(), line.end()))
    for s in ctx.sentences:
        if s.index not in ctx.speakers and any(a <= s.start < b for a, b in spans):
            ctx.speakers[s.index] = who
            ctx.transcript.add(s.index)


# 以下为某某致辞演讲内容：, 以下为演讲的主要内容。, 以下为全文：, 讲话全文如下: what follows is one person's
# talk or piece, printed in full
_FULL_TEXT_FOLLOWS = re.compile(r"以下(?:为|是)(?P<what>[^，,。；;：:\n]{0,24}?)(?:全文|内容|实录|原文|摘编|节选|摘要|要点)"
                                r"|(?:全文|讲话|致辞|演讲|发言)(?:内容)?如下")
# 记者：…, 主持人：…, 问：…, a line 某报记者： of its own: a question of a transcript, no part of the answer
_ASKS_LINE = re.compile(r"\s*[^，,。；;！!？?：:“”\n]{0,12}(?:记者|主持人|问|提问)\s*[：:]\s*")
_QUESTION_ENDS = re.compile(r"[？?]\s*(?:谢谢[。！!]?)?\s*$")
# 做了题为《…》的主旨演讲, 通过视频发表致辞, 作报告: what a person giving a talk does
_GIVES_TALK = re.compile(r"(?:发表|做了?|作了?|进行了?)[^，,。；;“”]{0,60}?(?:演讲|致辞|讲话|报告|发言)")


def full_text_speaker(ctx: FactContext, persons: dict[int, list]) -> None:
    """A talk or a piece printed in full after a line that says so (某某发表致辞。以下为致辞内容：, 某部长
    撰文指出…。以下为全文：): every later sentence with no speaker of its own, and no question of a
    transcript, is the speaker's (``full_text``; the goal rules still read it as written text)."""
    for s in ctx.sentences[:_FULL_TEXT_WITHIN]:
        marker = _FULL_TEXT_FOLLOWS.search(s.text)
        if marker is None:
            continue
        who = _full_text_speaker(ctx, persons, s, marker)
        if who is None:
            return
        asking = False   # inside a question of a transcript (记者：…？)
        for later in ctx.sentences[s.index + 1:]:
            line_start = ctx.text.rfind("\n", 0, later.start) + 1
            if not ctx.text[line_start:later.start].strip():   # a new paragraph: a question's, or an answer's?
                asking = _opens_a_question(ctx.text, line_start)
            if later.index not in ctx.speakers and not asking and not _QUESTION_ENDS.search(later.text):
                ctx.full_text[later.index] = who
        return


def _opens_a_question(text: str, line_start: int) -> bool:
    """Whether the paragraph at ``line_start`` is a transcript's question: it opens with 记者：, 问：, or
    the line before it is such a label alone (某报记者：⏎…)."""
    if _ASKS_LINE.match(text, line_start):
        return True
    before_start = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    return line_start > 0 and bool(_ASKS_LINE.fullmatch(text, before_start, line_start - 1))


#: how many sentences into the article the line announcing a full text may stand
_FULL_TEXT_WITHIN = 12


def _full_text_speaker(ctx: FactContext, persons: dict[int, list], s, marker: re.Match) -> str | None:
    """Whose full text a marker announces: the person it names (以下为某某致辞内容), the piece's author,
    the speaker of its sentence or the one before, or the one person there said to give a talk."""
    named = [p.key for m, p in persons.get(s.index, ())
             if s.start + (marker.start("what") if marker.group("what") is not None else marker.start()) <= m.start
             and m.end <= s.start + marker.end()]
    if named:
        return named[0]
    if ctx.author is not None:
        return ctx.author
    for index in (s.index, s.index - 1):
        if index in ctx.speakers:
            return ctx.speakers[index]
    talking = {p.key for index in (s.index, s.index - 1) for m, p in persons.get(index, ())
               if _GIVES_TALK.match(ctx.text, m.end, ctx.sentences[index].end)
               or _GIVES_TALK.search(re.split(r"[，,。；;]", ctx.text[m.end:ctx.sentences[index].end], maxsplit=1)[0])}
    return talking.pop() if len(talking) == 1 else None


def title_speaker_paragraphs(ctx: FactContext, persons: dict[int, list]) -> None:
    """某公司董事长某某：共筑…, 某某在某大会上的主题演讲: the person the title names, once they have
    spoken, speaks the later paragraphs that name nobody and have no speaker of their own."""
    title_end = ctx.text.find("\n")
    if not 0 < title_end <= 50 or re.search(r"[。！？]", ctx.text[:title_end]):
        return   # no headline: the first line is a sentence of the text
    in_title = [p.key for i, found in persons.items() for m, p in found if m.end <= title_end]
    if len(set(in_title)) != 1:
        return
    who = in_title[0]
    spoken = min((i for i, k in ctx.speakers.items() if k == who and ctx.sentences[i].start > title_end), default=None)
    if spoken is None:
        return
    by_paragraph: dict[int, list] = {}
    for s in ctx.sentences[spoken + 1:]:
        by_paragraph.setdefault(ctx.text.rfind("\n", 0, s.start), []).append(s)
    for sentences in by_paragraph.values():
        if any(persons.get(s.index) or s.index in ctx.speakers for s in sentences):
            continue
        for s in sentences:
            ctx.speakers[s.index] = who


def closing_speakers(ctx: FactContext, persons: dict[int, list]) -> None:
    """…，推动构建某某共同体。某某称。: a sentence that is only a name and a speech verb closes
    what its speaker said — the sentences before it in its paragraph that have no speaker."""
    for s in ctx.sentences:
        named = persons.get(s.index, ())
        if len(named) != 1 or not _SAID_AT_END.fullmatch(s.text, named[0][0].end - s.start) \
                or named[0][0].start - s.start > 12:
            continue
        who = named[0][1].key
        ctx.speakers[s.index] = who
        paragraph = ctx.text.rfind("\n", 0, s.start)
        for earlier in reversed(ctx.sentences[:s.index]):
            if earlier.start <= paragraph or ctx.speakers.get(earlier.index, who) != who:
                break
            ctx.speakers[earlier.index] = who


def quotes_named_after_them(ctx: FactContext, persons: dict[int, list]) -> None:
    """“…。…。”作为某领域专家，某某呼吁…, “…”展望未来，某某对…充满期待。: a quotation that opens its
    paragraph, with no speaker of its own, is the person's whom the paragraph's next sentence
    has as its speaker, or names alone."""
    for s in ctx.sentences:
        line_start = ctx.text.rfind("\n", 0, s.start) + 1
        if line_start != s.start or not s.text.lstrip().startswith("“"):
            continue
        close = ctx.text.find("”", s.start)
        line_end = ctx.text.find("\n", s.start)
        line_end = len(ctx.text) if line_end < 0 else line_end
        if close < 0 or close > line_end:
            continue
        quoted = list(itertools.takewhile(lambda q: q.start <= close, itertools.islice(ctx.sentences, s.index, None)))
        after = ctx.sentences[s.index + len(quoted)] if s.index + len(quoted) < len(ctx.sentences) else None
        if after is None or after.start >= line_end or any(q.index in ctx.speakers for q in quoted):
            continue
        named = {p.key for m, p in persons.get(after.index, ())}
        who = ctx.speakers.get(after.index) or (named.pop() if len(named) == 1 and "“" not in after.text else None)
        if who is not None:
            for q in quoted:
                ctx.speakers[q.index] = who


#: how many paragraphs above a credit line it may credit
_CREDITED_PARAGRAPHS = 3
# a paragraph of running text (not a heading such as 业界观点：): it ends a sentence
_RUNNING_TEXT = re.compile(r"[。！？!?”）)…][ \u3000]*$")


def dash_attributed_paragraphs(ctx: FactContext) -> None:
    """A round-up of views (两会 proposals, experts' comments) credits each quoted paragraph on the
    line after it: ——全国人大代表，某集团董事长王某. The person that ends the credit line speaks the
    paragraphs of running text above it, up to a heading or the previous credit line."""
    for who, sentences in credited_sentences(ctx, ("Person",)):
        for index in sentences:
            ctx.speakers[index] = who


def credited_sentences(ctx: FactContext, types: tuple[str, ...]) -> list[tuple[str, list[int]]]:
    """(credited entity, sentence indexes) of each credit line (——某集团董事长王某, ——某党中央) that
    ends with an entity of ``types``: the sentences of the paragraphs above it that it credits."""
    credits = list(officials.attribution_lines(ctx.text))   # ——全国政协委员、某集团董事长王某
    if not credits:
        return []
    ends = {m.end: e.key for e in ctx.reg.of_type(*types) for m in e.mentions}
    credited_lines = {start for start, _ in credits}
    found = []
    for start, end in credits:
        who = ends.get(len(ctx.text[:end].rstrip(" \u3000")))
        if who is None:
            continue
        spans = _paragraphs_above(ctx.text, start, credited_lines)
        found.append((who, [s.index for s in ctx.sentences if any(a <= s.start < b for a, b in spans)]))
    return found


def _paragraphs_above(text: str, start: int, credited_lines: set[int]) -> list[tuple[int, int]]:
    """(start, end) of the paragraphs of running text right above offset ``start``, nearest first,
    up to a heading, a credit line or _CREDITED_PARAGRAPHS of them."""
    found = []
    end = start - 1
    while end > 0 and len(found) < _CREDITED_PARAGRAPHS:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if begin == 0 or begin in credited_lines or not _RUNNING_TEXT.search(line):
            break
        if line.strip():
            found.append((begin, end))
        end = begin - 1
    return found


# 央行表示, 工信部指出, 商务部有关负责人介绍, 国家发展改革委新闻发言人称: the body speaks
_BODY_SPEAKS = re.compile(r"(?:(?:有关|相关|主要)?负责(?:人|同志)|新闻发言人|发言人)?(?:在[^，,。“”]{0,16})?"
                          r"(?:表示|指出|提出|强调|介绍|称|透露|要求|明确)[，,：:]")


def body_speakers(ctx: FactContext) -> dict[int, str]:
    """Sentence index → the body that speaks in it with no person named as its speaker
    (the body opening its clause, a speech verb after it), carried over the paragraph's next
    sentences that have no speaker of their own."""
    found: dict[int, str] = {}
    by_sentence = ctx.bodies_by_sentence()
    carried: tuple[int, str] | None = None
    for s in ctx.sentences:
        paragraph = ctx.text.rfind("\n", 0, s.start)
        if s.index in ctx.speakers:
            carried = None
            continue
        body = None
        for m, e in by_sentence.get(s.index, ()):
            clause_start = max(ctx.text.rfind(c, s.start, m.start) for c in "，,。；;：:“") + 1
            if clause_start <= s.start + 1 or not re.search(r"[\u4e00-\u9fff]", ctx.text[max(s.start, clause_start):m.start]):
                if _BODY_SPEAKS.match(ctx.text, m.end):
                    body = e.key
                    break
        if body is not None:
            carried = (paragraph, body)
        elif carried and carried[0] == paragraph:
            body = carried[1]
        else:
            carried = None
        if body is not None:
            found[s.index] = body
    for body, sentences in credited_sentences(ctx, ("Agency", "Organization")):   # ——某党中央
        found.update({index: body for index in sentences if index not in ctx.speakers})
    return found


def relate_body_speaker_goals(ctx: FactContext) -> None:
    """The goals a speaking body states (央行表示，健全…) are that body's, unless a person
    proposes them or another body has them already."""
    speaking = body_speakers(ctx)
    if not speaking:
        return
    # a person's goal, or a body's already (a document the paragraph carries gives way to the body)
    taken = {o for (s, p, o) in ctx.relations
             if p == "proposes" or p == "hasGoal" and ctx.reg.entities[s].type != "Document"}
    for start, _, goal in ctx.goal_spans:
        index = ctx.sentence_at(start)
        if index in speaking and goal not in taken:
            ctx.relate(speaking[index], "hasGoal", goal, index, confidence=conf.BODY_SPEAKER_HAS_GOAL)


def spokesperson_bodies(ctx: FactContext) -> dict[str, str]:
    """Person key → the body they are the spokesperson of (某部新闻发言人某某; the ministry for
    a unit's spokesperson)."""
    found = {}
    for (person, p, o), rel in ctx.relations.items():
        if p == "holdsPost" and rel.post and rel.post.endswith("发言人"):
            body = ctx.reg.entities[o]
            parent = ctx.reg.entities.get(body.parent) if body.parent else None
            found[person] = parent.key if parent is not None and parent.type == "Agency" == body.type else o
    return found


def relate_spokesperson_goals(ctx: FactContext) -> None:
    """A spokesperson speaks for their body: the goals they state (某部新闻发言人某某表示，下一步将…)
    are the body's, unless a body has them already."""
    _relate_proposed_goals_to_bodies(ctx, spokesperson_bodies(ctx), conf.SPOKESPERSON_BODY_HAS_GOAL)


def _relate_proposed_goals_to_bodies(ctx: FactContext, body_of: dict[str, str], confidence: float) -> None:
    """The goals each person of ``body_of`` proposes that no body has yet are that person's body's."""
    if not body_of:
        return
    owned = {o for (s, p, o) in ctx.relations if p == "hasGoal" and ctx.reg.entities[s].type != "Document"}
    for (person, p, goal), rel in list(ctx.relations.items()):
        if p == "proposes" and person in body_of and goal not in owned:
            ctx.relate(body_of[person], "hasGoal", goal, rel.sentence, confidence=confidence)


def relate_full_text_goals(ctx: FactContext) -> None:
    """The goals of a talk printed in full (``ctx.full_text``) that no one proposes and no document
    sets: the speaker proposes them (who has them is the learned model's to say, as for any speaker)."""
    if not ctx.full_text:
        return
    claimed = _proposed_or_set(ctx)
    for goal in ctx.reg.of_type("Goal"):
        sentence = min((m.sentence for m in goal.mentions), default=-1)
        if goal.key not in claimed and sentence in ctx.full_text:
            ctx.relate(ctx.full_text[sentence], "proposes", goal.key, sentence, confidence=conf.FULL_TEXT_SPEAKER_PROPOSES)


def relate_author_goals(ctx: FactContext) -> None:
    """An author's byline (``ctx.author``, ``ctx.coauthors``): each author proposes every goal of the piece that no
    one else is said to propose and no document is said to set. A body as the author
    (``ctx.author_body``) has every goal that no rule gave an owner."""
    if ctx.author_body is not None:
        owned = {o for (s, p, o) in ctx.relations if p == "hasGoal"}
        _relate_unclaimed_goals(ctx, ctx.author_body, "hasGoal", owned, conf.AUTHOR_BODY_HAS_GOAL)
    if ctx.author is not None:
        claimed = _proposed_or_set(ctx)
        for author in (ctx.author, *ctx.coauthors):   # 文 | 某中心某部 甲 乙: each author proposes them
            _relate_unclaimed_goals(ctx, author, "proposes", claimed, conf.AUTHOR_PROPOSES)
        _relate_author_body_goals(ctx)


# an administration's name: a ministry, bureau, commission, department, office or government
_ADMINISTRATION = re.compile(r"(?:部|局|委员会|委|厅|办公室|办|署|政府)$")
# a research body or a centre, wherever its name says so (某中心某部: a centre's department), or an
# advisory one (国家某专家委员会, 某咨询委员会)
_EXPERT_BODY = re.compile(r"中心|研究|大学|学院|实验室|智库|学会|专家|咨询")


def author_speaks_for(ctx: FactContext) -> str | None:
    """The administration an author heads or serves (文 | 某局局长 某某; ANNOTATE.md: who has a goal
    is the body its speaker speaks for), as :meth:`FactContext.speaker_body` names it — not when
    any body of their post is a research body or a centre (某研究院副院长, 某中心某部主任: an
    expert's advice, which no body adopts by writing it)."""
    body = ctx.speaker_body(ctx.author)
    if body is None or not _ADMINISTRATION.search(ctx.reg.entities[body].label):
        return None
    chain = [o for (s, p, o) in ctx.relations if s == ctx.author and p == "holdsPost"]
    while chain:
        entity = ctx.reg.entities[chain.pop()]
        if _EXPERT_BODY.search(entity.label):
            return None
        if entity.parent:
            chain.append(entity.parent)
    return body


def _relate_author_body_goals(ctx: FactContext) -> None:
    """文 | 某局局长 某某: the goals the author proposes that no body has are the author's body's."""
    body = author_speaks_for(ctx)
    if body is not None:
        _relate_proposed_goals_to_bodies(ctx, {ctx.author: body}, conf.AUTHOR_BODY_HAS_GOAL)


def _proposed_or_set(ctx: FactContext) -> set[str]:
    """The goals someone is said to propose or a document is said to set."""
    documents = {e.key for e in ctx.reg.of_type("Document")}
    return {o for (s, p, o) in ctx.relations if p == "proposes" or p == "hasGoal" and s in documents}


def _relate_unclaimed_goals(ctx: FactContext, who: str, predicate: str, claimed: set[str], confidence: float) -> None:
    for goal in ctx.reg.of_type("Goal"):
        if goal.key not in claimed:
            sentence = min((m.sentence for m in goal.mentions), default=0)
            ctx.relate(who, predicate, goal.key, sentence, confidence=confidence)


# 财政部、国家网信办有关负责人就印发《…》答记者问: the bodies whose officials answer for the documents
_ANSWERING = re.compile(r"^(?P<bodies>[^，。；：:\n]{2,60}?)(?:有关|相关|主要)?负责(?:人|同志)就[^\n]*(?:答记者问|答问|回答|解读)")
# 财政部、国家网信办近日联合印发《…》: the same bodies, in the lead, say they issue documents
_ISSUES = r"[，,]?(?:近日|日前|近期|正式|于[^，。]{1,12}日)?(?:联合|共同)?(?:印发|公布|发布|颁布|出台|制定)了?"


def answering_issuers(ctx: FactContext) -> tuple[list[str], set[str]]:
    """The bodies whose officials answer a press Q&A on documents they issue jointly (a headline
    财政部、国家网信办有关负责人就《…》答记者问, a lead 财政部、国家网信办近日联合印发《…》), and the
    documents the lead says they issue; nothing when the lead does not say they issue them."""
    headline = ctx.text.split("\n", 1)[0]
    m = _ANSWERING.match(headline)
    if not m:
        return [], set()
    named = [(mm.start, e.key) for mm, e in ctx.bodies_by_sentence().get(0, ()) if mm.end <= m.end("bodies")]
    bodies = list(dict.fromkeys(key for _, key in sorted(named)))
    lead = re.compile(re.escape(m.group("bodies")) + _ISSUES)
    issued: set[str] = set()
    for s in ctx.sentences[1:4]:
        said = lead.search(s.text)
        if said:
            issued |= {d.key for mm, d in ctx.documents_by_sentence().get(s.index, ()) if mm.start >= s.start + said.end()}
    return (bodies, issued) if issued else ([], set())


def relate_answering_issuers_goals(ctx: FactContext) -> None:
    """A press Q&A of the bodies that issue documents (财政部、国家网信办有关负责人就…答记者问, the
    lead saying they issued them): the officials speak for their bodies (ANNOTATE.md: who has a
    goal is the body its speaker speaks for), so each goal such a document has is the issuing
    bodies' too. Not for a body that only interprets another's document (国务院印发…, 某委负责同志解读)."""
    bodies, issued = answering_issuers(ctx)
    if not bodies:
        return
    for (s, p, o), rel in list(ctx.relations.items()):
        # 下一步，我们将…: a goal one of the answering bodies has is the others' too (they answer jointly)
        if p == "hasGoal" and (s in issued or s in bodies):
            for body in bodies:
                ctx.relate(body, "hasGoal", o, rel.sentence, confidence=conf.ANSWERING_ISSUER_HAS_GOAL)


# how many sentences back a speaker still holds the floor for the goals of their body
_FLOOR_REACH = 4


def _last_speaker_before(ctx: FactContext, index: int) -> str | None:
    """The person who spoke last at or before sentence ``index``, within :data:`_FLOOR_REACH`
    sentences and at most one paragraph back (某某举例。下一段: …, but not past a question or
    an account between), or None."""
    start = ctx.sentences[index].start
    for i in range(index, max(index - _FLOOR_REACH, -1), -1):
        if ctx.text.count("\n", ctx.sentences[i].start, start) > 1:
            return None
        if i in ctx.speakers:
            return ctx.speakers[i]
    return None


def relate_speakers_to_their_body_goals(ctx: FactContext) -> None:
    """A goal the speaker's own body has in the speaker's turn (某司长表示，…人民银行将A，B) and
    that no one proposes, no document sets and no other body shares (an agreement's, signed by
    two): the speaker proposes it too."""
    proposed = {o for (s, p, o) in ctx.relations if p == "proposes"}
    owners = Counter(o for (s, p, o) in ctx.relations if p == "hasGoal")
    speaks_for: dict[str, tuple[str | None, str | None]] = {}   # person → their bodies (read once each)
    for (body, p, goal), rel in list(ctx.relations.items()):
        if p != "hasGoal" or goal in proposed or owners[goal] > 1 \
                or ctx.reg.entities[body].type not in ("Agency", "Organization"):
            continue
        person = _last_speaker_before(ctx, rel.sentence) if 0 <= rel.sentence < len(ctx.sentences) else None
        if person is not None and person not in speaks_for:
            speaks_for[person] = (ctx.speaker_body(person), _post_body(ctx, person))
        if person is not None and body in speaks_for[person]:
            ctx.relate(person, "proposes", goal, rel.sentence, confidence=conf.SPEAKER_BODY_GOAL_PROPOSES)


def _post_body(ctx: FactContext, person: str) -> str | None:
    """The body of the person's first post, whatever it is."""
    return next((o for (s, p, o) in ctx.relations if s == person and p == "holdsPost"), None)
