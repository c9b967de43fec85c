"""A realistic synthetic corpus of Chinese policy news, composed from the real lexicons.

    python bench/make_corpus.py --articles 1000 --out bench/corpus-1000

Each article has a headline, a dateline, and 3–6 paragraphs of the genre's sentence
shapes: officials named by apposition (body → unit → post → name, the bodies and
posts from ``extract/lexicons``), speech verbs, quotes, statistics with units and
growth rates, goals with deadlines, events and the bodies that hold them, technology
lists, named documents. People get generated names (real surnames). The same
``--seed`` gives byte-identical files, so sizes 10 / 1,000 / 10,000 / 100,000 are
nested: the first 1,000 articles of the 10,000 corpus are the 1,000 corpus.

Files go into subdirectories of 1,000 (``DIR/003/a003141.txt``).
"""
from __future__ import annotations

import argparse
import random
from pathlib import Path

LEXICONS = Path(__file__).resolve().parents[1] / "extract" / "lexicons"

UNITS = ("办公厅", "政策法规司", "发展规划司", "科技司", "信息技术发展司", "运行监测协调局", "财政金融和信用建设司",
         "高技术司", "创新驱动发展中心", "国际合作司", "产业政策与法规司", "规划司", "综合司", "新闻宣传司",
         "数字经济司", "统计司", "电子信息司", "节能与综合利用司", "中小企业局", "网络安全管理局")
UNIT_POSTS = ("司长", "副司长", "局长", "副局长", "主任", "副主任", "一级巡视员", "处长")
BODY_POSTS = ("部长", "副部长", "主任", "副主任", "局长", "副局长", "新闻发言人", "党组书记", "秘书长")
GIVEN = "建国明华伟强军平志红晓燕新华洪宛俊杰少锋国华晓晖玉兰海涛永刚立群文静宏宇佳怡思远振东德明春雨秋实"
SPEECH = ("表示", "指出", "介绍", "强调", "说", "认为", "透露")
METRICS = (("数字经济规模", "万亿元"), ("5G基站总数", "万个"), ("算力总规模", "EFLOPS"),
           ("软件业务收入", "亿元"), ("网络购物用户规模", "亿"), ("集成电路产量", "亿块"),
           ("工业增加值", "亿元"), ("新能源汽车产量", "万辆"), ("数据中心机架数", "万架"),
           ("研发投入", "亿元"), ("高新技术企业数量", "家"), ("移动支付金额", "万亿元"))
FIELDS = ("制造业", "数字经济", "实体经济", "服务业", "农业农村", "城市治理", "公共服务", "中小企业", "能源行业")
EVENTS = ("中国数字经济发展论坛", "世界互联网大会", "中国智慧城市博览会", "全国科技创新大会", "中国国际大数据产业博览会",
          "世界人工智能大会", "中国国际服务贸易交易会", "数字中国建设峰会", "全国工业和信息化工作会议")
DOC_FORMS = ("关于加快{t}发展的指导意见", "{t}产业发展行动计划（{y}—{y2}年）", "关于推进{t}与{t2}融合发展的实施方案",
             "“十四五”{t}发展规划", "{p}促进{t}产业高质量发展若干措施")


def _lexicon(name: str, column: int = 0, kind: str | None = None) -> list[str]:
    out = []
    for line in (LEXICONS / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if kind is None or (len(cols) > 1 and cols[1] == kind):
            out.append(cols[column])
    return out


class Composer:
    """Composes articles from the lexicons; ``article(i)`` depends only on (seed, i)."""

    def __init__(self, seed: int = 7):
        self.seed = seed
        self.agencies = _lexicon("agencies.tsv", kind="Agency")
        self.orgs = _lexicon("agencies.tsv", kind="Organization")
        self.techs = _lexicon("technologies.tsv")
        self.places = [p for p in _lexicon("places.tsv") if p != "中国"]
        self.surnames = [s for s in _lexicon("surnames.txt") if len(s) == 1]
        self.posts = _lexicon("posts.txt")

    def article(self, i: int) -> str:
        r = random.Random(f"{self.seed}/{i}")
        people = [self._person(r) for _ in range(r.randint(2, 4))]
        techs = r.sample(self.techs, 4)
        place = r.choice(self.places)
        year = r.randint(2019, 2024)
        title = r.choice((
            f"{people[0]['body']}：{year}年我国{r.choice(METRICS)[0]}稳步增长",
            f"{place}召开{r.choice(FIELDS)}数字化转型推进会",
            f"{people[0]['name']}：加快推动{techs[0]}与{r.choice(FIELDS)}深度融合",
            f"{year}{r.choice(EVENTS)}在{place}开幕",
        ))
        paragraphs = [self._lead(r, people[0], place, year, techs)]
        shapes = [self._statistic, self._goal, self._speech, self._techs, self._series, self._document,
                  self._quote]
        for _ in range(r.randint(3, 5)):
            sentences = [r.choice(shapes)(r, r.choice(people), place, year, techs)
                         for _ in range(r.randint(2, 3))]
            paragraphs.append("".join(sentences))
        return title + "\n" + "\n".join(paragraphs) + "\n"

    def _person(self, r: random.Random) -> dict:
        name = r.choice(self.surnames) + "".join(r.choice(GIVEN) for _ in range(r.randint(1, 2)))
        body = r.choice(self.agencies)
        if r.random() < 0.6:
            return {"name": name, "body": body, "unit": r.choice(UNITS), "post": r.choice(UNIT_POSTS)}
        if r.random() < 0.5:
            return {"name": name, "body": r.choice(self.orgs), "unit": "", "post": r.choice(("院长", "总经理", "董事长", "教授"))}
        return {"name": name, "body": body, "unit": "", "post": r.choice(BODY_POSTS)}

    @staticmethod
    def _who(p: dict) -> str:
        return f"{p['body']}{p['unit']}{p['post']}{p['name']}"

    def _lead(self, r, p, place, year, techs) -> str:
        month, day = r.randint(1, 12), r.randint(1, 28)
        event = f"{year}{r.choice(EVENTS)}"
        return (f"本报{place}{month}月{day}日电 {month}月{day}日，{event}在{place}举行。"
                f"{self._who(p)}出席并发表主旨演讲。他{r.choice(SPEECH)}，要加快{techs[0]}、{techs[1]}等新技术融合应用，"
                f"推动{r.choice(FIELDS)}高质量发展。")

    def _statistic(self, r, p, place, year, techs) -> str:
        metric, unit = r.choice(METRICS)
        value = round(r.uniform(1, 900), r.choice((0, 1, 2)))
        return (f"{year}年，{r.choice((place, '我国', '全国'))}{metric}达到{value:g}{unit}，"
                f"同比增长{round(r.uniform(0.5, 30), 1)}%。")

    def _goal(self, r, p, place, year, techs) -> str:
        metric, unit = r.choice(METRICS)
        return (f"{r.choice(('力争到', '到'))}{year + r.randint(2, 6)}年，{metric}突破{r.randint(10, 9000)}{unit}，"
                f"基本建成{techs[2]}创新体系。")

    def _speech(self, r, p, place, year, techs) -> str:
        return (f"{self._who(p)}{r.choice(SPEECH)}，{r.choice(('下一步', '今年', '当前'))}将重点推进{techs[1]}基础设施建设，"
                f"支持{r.choice(self.orgs)}等企业加大研发投入。")

    def _techs(self, r, p, place, year, techs) -> str:
        return (f"{p['name']}{r.choice(SPEECH)}，要推动{techs[0]}、{techs[2]}、{techs[3]}与{r.choice(FIELDS)}深度融合，"
                f"打造具有国际竞争力的数字产业集群。")

    def _series(self, r, p, place, year, techs) -> str:
        other = self._person(r)
        return (f"会议由{self._who(p)}主持，{self._who(other)}出席并讲话。")

    def _document(self, r, p, place, year, techs) -> str:
        name = r.choice(DOC_FORMS).format(t=techs[0], t2=techs[3], y=year, y2=year + 2, p=place)
        return f"{p['body']}近日印发《{name}》，明确了{techs[0]}发展的重点任务。"

    def _quote(self, r, p, place, year, techs) -> str:
        return (f"“{techs[3]}正在成为经济增长的重要引擎，我们要抓住机遇、锐意进取。”{p['name']}说。")


def write_corpus(n: int, out: Path, *, seed: int = 7) -> int:
    """Write ``n`` articles under ``out``; returns the number of characters written."""
    composer = Composer(seed)
    chars = 0
    for i in range(n):
        path = out / f"{i // 1000:03d}" / f"a{i:06d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        text = composer.article(i)
        chars += len(text)
        path.write_text(text, encoding="utf-8")
    return chars


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, required=True, metavar="N")
    parser.add_argument("--out", type=Path, required=True, metavar="DIR")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    chars = write_corpus(args.articles, args.out, seed=args.seed)
    print(f"{args.articles} articles, {chars} characters → {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
