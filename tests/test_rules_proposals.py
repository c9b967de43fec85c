"""The fact rules of extract/rules/proposals.py: the party that submits a proposal has its goals.

Hand-made sentences in the style of the genre (none from the evaluation articles), no
statistical model; the extractor fixture is in tests/conftest.py.
"""
from rules_helpers import attribution_rules_extractor, extract, triples


def test_the_party_submitting_a_proposal_has_the_goals_it_proposes(extractor):
    t = triples(extract(extractor, "今年全国两会，九三学社中央拟提交《关于加快发展智慧农业的提案》。"
                                   "提案建议，要加快建设智慧农业示范区，完善农业数据共享机制。"))
    assert ("关于加快发展智慧农业的提案", "hasGoal", "完善农业数据共享机制") in t
    assert ("九三学社中央委员会", "hasGoal", "完善农业数据共享机制") in t



def test_a_members_proposal_has_the_goals_she_proposes_after_naming_it():
    # the rules alone (the learned attribution model gives members' goals to documents too)
    text = ("全国政协委员李华提交了《关于加强乡村教师队伍建设的提案》。\n"
            "李华建议，提高乡村教师生活补助标准，完善乡村教师职称评聘制度。\n"
            "全国人大代表王强则建议，加快建设县域医疗共同体。\n")
    found = triples(extract(attribution_rules_extractor(), text))
    assert ("李华", "proposes", "提高乡村教师生活补助标准") in found
    assert ("关于加强乡村教师队伍建设的提案", "hasGoal", "提高乡村教师生活补助标准") in found
    # another member's suggestion is not her proposal's
    assert not any(p == "hasGoal" and s == "关于加强乡村教师队伍建设的提案" and o == "加快建设县域医疗共同体"
                   for s, p, o in found)


def test_an_article_on_one_proposal_gives_it_its_members_goals_however_far_from_its_name():
    filler = "去年，全省乡村学校数量比上年增长了百分之三，教师人数比上年增加了两千多人。" * 20
    text = ("全国政协委员李华提交了《关于加强乡村教师队伍建设的提案》。\n" + filler + "\n"
            "李华认为，要提高乡村教师生活补助标准，完善乡村教师职称评聘制度。\n")
    assert text.index("提高乡村教师") - text.index("《关于") > 600
    found = triples(extract(attribution_rules_extractor(), text))
    assert ("关于加强乡村教师队伍建设的提案", "hasGoal", "完善乡村教师职称评聘制度") in found


def test_a_members_proposal_is_the_goal_of_the_company_they_head_not_of_the_federation_they_deputy(extractor):
    from cnkg.extract.rules import proposals
    from rules_helpers import built_context

    ctx = built_context(extractor, "全国政协委员、全国工商联副主席、华源集团董事长王明提交了《关于加快发展智慧农业的提案》。"
                                   "提案建议，要完善农业数据共享机制。")
    keys = {e.label: e.key for e in ctx.reg}
    proposal = keys["关于加快发展智慧农业的提案"]
    for body in ("中华全国工商业联合会", "华源集团"):
        ctx.relate(proposal, "publishedBy", keys[body], 0)
    proposals.relate_proposal_goals(ctx)
    owners = {ctx.reg.entities[s].label for (s, p, o) in ctx.relations
              if p == "hasGoal" and ctx.reg.entities[o].label == "完善农业数据共享机制"}
    assert "华源集团" in owners and "中华全国工商业联合会" not in owners


def test_a_members_company_does_not_publish_the_proposal(extractor):
    x = extract(extractor, "全国政协委员、星河科技集团董事长王立新提交了《关于加快发展智能网联汽车的提案》。"
                           "民进中央提交了《关于推进数字乡村建设的提案》。")
    published = {(s, o) for s, p, o in triples(x) if p == "publishedBy"}
    assert not [o for s, o in published if o.startswith("星河科技")]


def test_the_members_named_with_their_proposals_each_propose_their_own_titles_goals(extractor):
    text = ("会议期间，农科院院长刘晓东表示，委员们积极履职。此外，全国政协委员陈立平的《关于加快建设智慧农场的提案》、"
            "全国政协委员王建平的《关于完善农业数据共享机制的提案》等得到媒体关注。")
    t = triples(extract(extractor, text))
    assert ("陈立平", "proposes", "加快建设智慧农场") in t
    assert ("王建平", "proposes", "完善农业数据共享机制") in t
    assert ("陈立平", "proposes", "完善农业数据共享机制") not in t
