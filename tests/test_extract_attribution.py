"""Who has a goal (extract/attribution.py): the owners that never have one, whoever named them.

Hand-made entities and relations (none from the evaluation articles)."""
from cnkg.extract import attribution
from cnkg.extract.model import Entity, Relation


def _entities():
    return [Entity("org/浙江日报", "Document", "浙江日报"), Entity("org/人民网", "Organization", "人民网"),
            Entity("org/全国政协", "Agency", "全国政协"), Entity("org/国家电网", "Organization", "国家电网"),
            Entity("org/晨报", "Organization", "城市晨讯"),
            Entity("org/政协教科卫体委员会", "Agency", "全国政协教科卫体委员会"),
            Entity("doc/方案", "Document", "数字经济行动方案"), Entity("person/张明", "Person", "张明"),
            Entity("goal/g", "Goal", "加快建设数据市场")]


def test_media_and_plenary_bodies_are_unfit_owners_but_companies_and_committees_are_not():
    relations = {("person/张明", "holdsPost", "org/晨报"): Relation("person/张明", "holdsPost", "org/晨报", 0, post="记者")}
    unfit = attribution.unfit_owners(_entities(), relations)
    assert unfit == {"org/浙江日报", "org/人民网", "org/全国政协", "org/晨报"}


def test_drop_unfit_owners_keeps_the_goals_of_fit_owners():
    owners = ("org/浙江日报", "org/全国政协", "org/国家电网", "doc/方案")
    relations = {(o, "hasGoal", "goal/g"): Relation(o, "hasGoal", "goal/g", 0) for o in owners}
    attribution.drop_unfit_owners(_entities(), relations)
    assert sorted(s for s, _, _ in relations) == ["doc/方案", "org/国家电网"]
