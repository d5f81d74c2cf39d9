from diplograph.extract.keys import name_key


def test_name_keys_fold_variants():
    assert name_key("the Declaration on Conduct of Parties") == name_key("Declaration on the Conduct of Parties")
    assert name_key("Global Counter-terrorism Forum") == name_key("Global Counterterrorism Forum")
    assert name_key("Shanghai Cooperation Organization") == name_key("Shanghai Cooperation Organisation")
    assert name_key("Asian Ministerial Conference") != name_key("Asian Ministerial Meeting")
    assert name_key("<script>") == "script" and name_key("!!!") == "unnamed"


def test_aliases_share_one_entity_across_documents(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text("The U.S. and Viet Nam met. The United States of America hosted.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("# Notes\n\nThe US and Vietnam signed the Mekong Water Accord.\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("Vietnam welcomed the Mekong Water Accord and the Accord on Mekong Water.\n", encoding="utf-8")
    result = build([tmp_path])
    by_text = {}
    for m in result.mentions:
        by_text.setdefault(m.text, set()).add(m.entity)
    assert by_text["U.S."] == by_text["US"] == by_text["United States of America"] == {"USA"}
    assert by_text["Viet Nam"] == by_text["Vietnam"] == {"VNM"}
    assert len(by_text["Mekong Water Accord"]) == 1
    accord = next(e for e in result.entities if e.key in by_text["Mekong Water Accord"])
    assert accord.cls == "Mechanism" and accord.mention_count == 2
    assert sorted(accord.documents) == sorted(str(tmp_path / n) for n in ("b.md", "c.txt"))
    usa = next(e for e in result.entities if e.key == "USA")
    assert usa.label == "United States" and usa.identifiers["alpha_2"] == "US"


def test_same_input_same_keys(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text("Japan hosted the Second Pacific Cyber Dialogue with the ROK.\n", encoding="utf-8")
    first = [(m.text, m.entity) for m in build([tmp_path]).mentions]
    assert first == [(m.text, m.entity) for m in build([tmp_path]).mentions]


def test_a_body_every_country_has_is_the_named_countrys(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text(
        "Vietnam's Ministry of National Defence and Cambodia's Ministry of National Defence held talks. "
        "The Ministry of National Defence of Cambodia said so.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Japan's Maritime Safety Agency rescued the crew. The Maritime Safety Agency said the ship sank.\n"
        "The Ministry of National Defence met the press.\n", encoding="utf-8")
    result = build([tmp_path])
    keys = {(m.doc.rsplit("/", 1)[-1], m.text): set() for m in result.mentions}
    for m in result.mentions:
        keys[(m.doc.rsplit("/", 1)[-1], m.text)].add(m.entity)
    assert keys[("a.txt", "Ministry of National Defence")] == {"ministry-of-national-defence-of-vnm",
                                                               "ministry-of-national-defence-of-khm"}
    assert keys[("a.txt", "Ministry of National Defence of Cambodia")] == {"ministry-of-national-defence-of-khm"}
    # within a document an unqualified name is the one country's body it names; elsewhere it stays unqualified
    assert keys[("b.txt", "Maritime Safety Agency")] == {"maritime-safety-agency-of-jpn"}
    assert keys[("b.txt", "Ministry of National Defence")] == {"ministry-of-national-defence"}
    labels = {e.key: e.label for e in result.entities}
    assert labels["ministry-of-national-defence-of-vnm"] == "Ministry of National Defence (Vietnam)"
    assert labels["maritime-safety-agency-of-jpn"] == "Maritime Safety Agency (Japan)"


def test_an_edition_of_an_exercise_acronym_is_an_event_of_its_own(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text("Fiji and Tonga held the Reef Lantern Exercise (RELEX) in May. The previous edition, "
                                    "RELEX-23, was larger. Teams trained for JIMEX-24 in June.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Samoa sent a ship to RELEX-24. The FOO-24 plan was late.\n", encoding="utf-8")
    result = build([tmp_path])
    found = {(m.text, m.label) for m in result.mentions}
    assert {("RELEX-23", "Event"), ("RELEX-24", "Event"), ("JIMEX-24", "Event")} <= found   # defined, or listed
    assert not [text for text, _ in found if text.startswith("FOO")]     # an acronym no one defined
    assert len({m.entity for m in result.mentions if m.text.startswith("RELEX-")}) == 2


def test_an_unchanged_edition_is_not_resolved_again(tmp_path):
    from diplograph import build

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Fiji sent a ship to JIMEX-24 in June.\n", encoding="utf-8")
    build([tmp_path / "in"], tmp_path / "out", rdf="stream")
    again = build([tmp_path / "in"], tmp_path / "out", rdf="stream")
    assert again.stats["resolved_documents"] == 0


def test_a_body_listed_in_one_countrys_spelling_is_not_another_spelling(tmp_path):
    from diplograph import build

    (tmp_path / "au.txt").write_text("The Department of Defence said Fiji would take part.\n", encoding="utf-8")
    (tmp_path / "us.txt").write_text("The Department of Defense said Fiji would take part.\n", encoding="utf-8")
    result = build([tmp_path])
    keys = {m.doc.rsplit("/", 1)[-1]: m.entity for m in result.mentions if m.text.startswith("Department")}
    assert keys == {"au.txt": "department-of-defence", "us.txt": "us-department-of-defense"}


def test_a_body_every_country_may_have_is_the_listed_countrys_only_where_it_is_named(tmp_path):
    from diplograph import build

    (tmp_path / "fj.txt").write_text("Fiji and Tonga agreed. It goes to the House of Representatives and the "
                                     "Senate.\n", encoding="utf-8")
    (tmp_path / "us.txt").write_text("The United States agreed. It goes to the House of Representatives and the "
                                     "Senate.\n", encoding="utf-8")
    result = build([tmp_path])
    keys = {(m.doc.rsplit("/", 1)[-1], m.text): m.entity for m in result.mentions if m.label == "Organisation"}
    assert keys == {("fj.txt", "House of Representatives"): "house-of-representatives", ("fj.txt", "Senate"): "senate",
                    ("us.txt", "House of Representatives"): "us-house-of-representatives", ("us.txt", "Senate"): "us-senate"}


def test_a_place_whose_name_opens_with_the_keeps_it_in_its_key(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text("The Reef Summit was held in The Hague. The Coral Summit was held in Suva.\n",
                                    encoding="utf-8")
    result = build([tmp_path])
    places = {m.text: m.entity for m in result.mentions if m.label == "Place"}
    assert places == {"The Hague": "the-hague", "Suva": "suva"}


def test_an_undefined_acronym_spelled_by_the_initials_of_one_name_of_the_document(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text("The Reef Security Conclave met in Suva. Tonga joined the RSC in 2024. The RSD "
                                    "and the Reef Strategic Dialogue and the Reef Sea Drill met.\n", encoding="utf-8")
    result = build([tmp_path / "a.txt"])
    keys = {m.text: m.entity for m in result.mentions}
    assert keys["RSC"] == keys["Reef Security Conclave"]
    assert "RSD" not in keys       # two names of the document spell it: none is taken


def test_a_territory_listed_among_countries_is_named_as_a_party(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text("Members of the Reef Forum: Fiji, French Polynesia, Kiribati, New Caledonia and "
                                    "Tonga. Leaders discussed the situation in New Caledonia.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Ships called at Guam, Japan and Hawaii. Hong Kong and Taiwan replied.\n",
                                    encoding="utf-8")
    classes = {e.key: e.cls for e in build([tmp_path]).entities}
    assert classes["PYF"] == classes["NCL"] == "Country"
    assert classes["GUM"] == classes["HKG"] == "Place"     # one country beside it is no list of parties


def test_territories_listed_together_or_called_members_are_parties(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text("Curaçao was admitted as the sixth Associate Member of the Reef Community, "
                                    "joining Anguilla, Bermuda and the Cayman Islands. Cyclone Ira struck Mayotte "
                                    "and the Comoros, then Réunion.\n", encoding="utf-8")
    classes = {e.key: e.cls for e in build([tmp_path]).entities}
    assert classes["CUW"] == classes["AIA"] == classes["BMU"] == classes["CYM"] == "Country"
    assert classes["MYT"] == classes["REU"] == "Place" and classes["COM"] == "Country"


def test_a_country_in_a_city_s_name_is_no_mention_of_it(tmp_path):
    from diplograph import build

    (tmp_path / "a.txt").write_text("The agency sits in Port of Spain. Officers from Benin City met Spain's envoy "
                                    "in Mexico City.\n", encoding="utf-8")
    countries = [m.text for m in build([tmp_path]).mentions if m.label == "Country"]
    assert countries == ["Spain"]       # the envoy's: not the city's "Spain", "Benin" or "Mexico"


def test_an_undefined_edition_acronym_spelled_by_a_dated_event_and_its_year(tmp_path):
    from diplograph import build

    path = tmp_path / "doc.txt"
    path.write_text("Exercise Coral Shield 2031 began in Suva. Fiji and Tonga took part in CS31.\n", encoding="utf-8")
    result = build([path])
    keys = {m.text: m.entity for m in result.mentions}
    assert keys["CS31"] == keys["Exercise Coral Shield 2031"]
    assert {(r.subject, r.object) for r in result.relations if r.predicate == "participatedIn"} \
        >= {("FJI", keys["CS31"]), ("TON", keys["CS31"])}


def test_a_dash_between_two_words_parts_them_in_the_key():
    assert name_key("Fiji–Tonga–Samoa Reef Meeting") == name_key("Fiji-Tonga-Samoa Reef Meeting") \
        == "fiji-tonga-samoa-reef-meeting"
