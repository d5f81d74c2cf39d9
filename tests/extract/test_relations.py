"""Relation rules on sentences written for each rule, through the whole build."""
from __future__ import annotations

import pytest

from diplograph import build
from diplograph.extract.relations import classify_event, edition
from diplograph.model import FACT_MODALITIES


def facts(tmp_path, text: str, *, modal: bool = False, date: str | None = None):
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    result = build([path])
    labels = {e.key: e.label for e in result.entities}
    rows = {(labels.get(r.subject, r.subject), r.predicate, labels.get(r.object, r.object))
            for r in result.relations if modal or r.modality in FACT_MODALITIES}
    return rows, result


def test_coordinated_subject_establishes_with_each(tmp_path):
    rows, _ = facts(tmp_path, "China, Afghanistan, Pakistan and Tajikistan have established a coordination "
                              "mechanism on counter-terrorism cooperation.\n")
    assert {("China", "establishedWith", c) for c in ("Afghanistan", "Pakistan", "Tajikistan")} <= rows


def test_object_lists_after_two_verbs(tmp_path):
    rows, _ = facts(tmp_path, "Japan hosted the Second World Internet Conference, the Fourth ARF Disaster Relief "
                              "Exercise and the Third Tabletop Exercise on Disaster Management, and participated in "
                              "the Asian Ministerial Conference on Disaster Risk Reduction and the Global "
                              "Counter-terrorism Forum.\n")
    hosted = {o for s, p, o in rows if s == "Japan" and p == "hosted"}
    joined = {o for s, p, o in rows if s == "Japan" and p == "participatedIn"}
    assert len(hosted) == 3 and len(joined) == 2
    assert not hosted & joined


def test_passive_held_in_place_and_hosted_by(tmp_path):
    rows, result = facts(tmp_path, "In September 2013, the 6th Senior Officials Meeting on the Implementation of "
                                   "the DOC held in Suzhou launched the talks. The Second World Internet Conference "
                                   "was hosted by Japan.\n")
    assert any(p == "heldIn" and o == "Suzhou" for _, p, o in rows)
    assert any(s == "Japan" and p == "hosted" for s, p, _ in rows)
    assert any(e.cls == "Place" and e.label == "Suzhou" for e in result.entities)


def test_held_in_after_the_kind_of_event_and_auxiliaries(tmp_path):
    rows, _ = facts(tmp_path, 'Laos and Vietnam said the "River Guard-2021" exercise was held in the Gulf of Tonkin. '
                              "The Ninth Delta Water Summit, which had been hosted by Cambodia, closed.\n")
    assert ("River Guard-2021", "heldIn", "Gulf of Tonkin") in rows
    assert ("Cambodia", "hosted", "Ninth Delta Water Summit") in rows
    rows, _ = facts(tmp_path, "The Ninth Delta Water Summit would be held in Cambodia.\n", modal=True)
    assert ("Ninth Delta Water Summit", "heldIn", "Cambodia") in rows


def test_held_in_after_the_kind_and_the_body_of_the_exercise(tmp_path):
    rows, _ = facts(tmp_path, "The Harbour Shield 2022 counter-piracy exercise of the Gulf Cooperation Council "
                              "was held in Muscat, Oman, last year.\n")
    assert ("Harbour Shield 2022", "heldIn", "Muscat") in rows


def test_held_in_a_city_of_the_list_or_a_name_it_only_begins(tmp_path):
    rows, _ = facts(tmp_path, "The Ninth Delta Water Summit was held in Chelyabinsk Friday. The Tenth Delta "
                              "Water Summit was held in Adenville Harbour.\n")
    assert ("Ninth Delta Water Summit", "heldIn", "Chelyabinsk") in rows
    assert ("Tenth Delta Water Summit", "heldIn", "Adenville Harbour") in rows     # not "Aden"


def test_held_in_after_the_agents_of_a_passive(tmp_path):
    rows, _ = facts(tmp_path, "The Fifth Reef Relief Exercise was co-hosted by Fiji and Tonga in Nadi in 2015.\n")
    assert ("Fiji", "coHosted", "Fifth Reef Relief Exercise") in rows
    assert ("Fifth Reef Relief Exercise", "heldIn", "Nadi") in rows


def test_who_met_for_a_gathering_takes_part_where_it_met(tmp_path):
    rows, _ = facts(tmp_path, "We, the leaders of Fiji and the Kingdom of Tonga, gathered in Suva, Fiji, on the "
                              "occasion of the Ninth Pacific Water Summit.\n")
    assert {("Fiji", "participatedIn", "Ninth Pacific Water Summit"),
            ("Tonga", "participatedIn", "Ninth Pacific Water Summit"),
            ("Ninth Pacific Water Summit", "heldIn", "Suva")} <= rows
    rows, _ = facts(tmp_path, "Samoa and Tonga met on the sidelines of the Ninth Pacific Water Summit.\n")
    assert ("Samoa", "participatedIn", "Ninth Pacific Water Summit") in rows


def test_who_sends_ships_or_people_to_a_gathering_takes_part(tmp_path):
    rows, _ = facts(tmp_path, "The Fijian Navy sent two ships to the Pacific Fleet Review hosted by Tonga in "
                              "Nuku'alofa. Samoa also sent observers to the Kava Sword 2023 exercise. "
                              "Fiji sent troops to Lebanon.\n")
    assert {("Fijian Navy", "participatedIn", "Pacific Fleet Review"), ("Tonga", "hosted", "Pacific Fleet Review"),
            ("Samoa", "participatedIn", "Kava Sword 2023")} <= rows
    assert not [o for s, p, o in rows if s == "Fiji"]


def test_a_list_of_exercises_each_with_its_kind_partners_and_place(tmp_path):
    rows, _ = facts(tmp_path, 'The Fijian Navy held the "Reef Guard 2016" joint rescue exercise with the navies of '
                              'PIF member states in Samoa, the "Kava Sword 2016" joint maritime exercise with the '
                              'Royal Tongan Navy, and the "Lagoon Watch 2016" multinational patrol exercise in Vanuatu.\n')
    # (held with a partner: both took part, as the annotators of the written set read it)
    assert {("Fijian Navy", "hosted", "Reef Guard 2016"), ("Fijian Navy", "participatedIn", "Kava Sword 2016"),
            ("Royal Tongan Navy", "participatedIn", "Kava Sword 2016"), ("Fijian Navy", "hosted", "Lagoon Watch 2016"),
            ("Lagoon Watch 2016", "heldIn", "Vanuatu")} <= rows


def test_an_acronym_in_brackets_after_an_object_is_no_subject_of_the_next_verb(tmp_path):
    rows, _ = facts(tmp_path, "Fiji has joined the Pacific Islands Forum Fisheries Agency (FFA) since 1979 and "
                              "supports the work of the Pacific Community (SPC).\n")
    assert ("Fiji", "supports", "Pacific Community") in rows
    assert not [s for s, p, _ in rows if p == "supports" and s != "Fiji"]


def test_an_office_holder_named_with_the_country_acts_for_it(tmp_path):
    # (a country only named by its adjective is no entity of the graph: Fiji and Tonga are named too)
    rows, _ = facts(tmp_path, "Fiji and Tonga sent delegations. "
                              "Fijian Prime Minister Sitiveni Rabuka attended the Ninth Pacific Water Summit. "
                              "Tongan Foreign Minister Fekitamoeloa Utoikamanu put forward the Blue Reef Initiative. "
                              "Minister Ana Lee attended the Tenth Pacific Water Summit.\n")
    assert {("Fiji", "participatedIn", "Ninth Pacific Water Summit"), ("Tonga", "initiated", "Blue Reef Initiative")} <= rows
    assert not [r for r in rows if r[2] == "Tenth Pacific Water Summit"]      # no country named: no party


def test_who_met_whom_at_a_gathering_both_take_part(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Samoa sent delegations. "
                              "Fijian Prime Minister Sitiveni Rabuka met Samoan Prime Minister Fiame Naomi at "
                              "the Ninth Pacific Water Summit. Tonga met the press of Vanuatu at the Tenth Pacific "
                              "Water Summit.\n")
    assert {("Fiji", "participatedIn", "Ninth Pacific Water Summit"),
            ("Samoa", "participatedIn", "Ninth Pacific Water Summit")} <= rows
    assert not [r for r in rows if r[2] == "Tenth Pacific Water Summit"]


def test_the_exercise_calls_back_a_name_without_its_kind(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga co-hosted Coral Trident 2021 in May. Samoa and Vanuatu took part in "
                              "the exercise, the largest in the region.\n")
    assert ("Samoa", "participatedIn", "Coral Trident 2021") in rows
    assert ("Vanuatu", "participatedIn", "Coral Trident 2021") in rows
    # a meeting is no exercise, nor is an event of the paragraph before
    rows, _ = facts(tmp_path, "Fiji hosted the Pacific Water Summit in May. Samoa took part in the exercise.\n\n"
                              "Fiji and Tonga co-hosted Coral Trident 2021.\n\nSamoa took part in the exercise.\n")
    assert not [s for s, p, _ in rows if s == "Samoa"]


def test_co_hosted_with_partner(tmp_path):
    rows, _ = facts(tmp_path, "Vietnam co-hosted with Malaysia the Fourth ARF Disaster Relief Exercise.\n")
    assert {(s, p) for s, p, _ in rows} == {("Vietnam", "coHosted"), ("Malaysia", "coHosted")}


def test_subject_carried_by_the_paragraph(tmp_path):
    rows, _ = facts(tmp_path, "Since 2015 Japan has worked on disaster relief. It has also hosted the Second World "
                              "Internet Conference.\n\nChina is a large country.\n\nSince 2015 the Chinese government has been actively involved "
                              "in the Global Counter-terrorism Forum.\n")
    assert any(s == "Japan" and p == "hosted" for s, p, _ in rows)
    assert any(s == "China" and p == "participatedIn" for s, p, _ in rows)


@pytest.mark.parametrize("sentence, modality", [
    ("Will Japan host the Second World Internet Conference?", "question"),
    ("Japan has not signed the Chemical Weapons Convention.", "negated"),
    ("Japan will establish a partnership with Vietnam.", "hypothetical"),
    ("Japan hopes to sign the Chemical Weapons Convention.", "hypothetical"),
    ("Japan and Vietnam are expected to conclude the Chemical Weapons Convention.", "hypothetical"),
])
def test_questions_negations_and_hopes_are_not_facts(tmp_path, sentence, modality):
    asserted, result = facts(tmp_path, sentence + "\n")
    assert asserted == set()
    assert result.relations and {r.modality for r in result.relations} == {modality}


def test_will_continue_presupposes_the_relation(tmp_path):
    rows, _ = facts(tmp_path, "Japan will continue promoting cooperation with Vietnam and Malaysia.\n")
    assert {("Japan", "partnerOf", "Vietnam"), ("Japan", "partnerOf", "Malaysia")} <= rows


def test_edition_and_series():
    assert edition("Fourth ARF Disaster Relief Exercise") == (4, "ARF Disaster Relief Exercise")
    assert edition("13th ARF Inter-Sessional Meeting") == (13, "ARF Inter-Sessional Meeting")
    assert edition("ARF Disaster Relief Exercise") == (None, None)
    assert classify_event("Training Course on National Points of Contact") == ("Course", "AID")


def test_editions_of_one_series_share_it(tmp_path):
    _, result = facts(tmp_path, "Japan hosted the Third ARF Disaster Relief Exercise. Vietnam hosted the Fourth "
                                "ARF Disaster Relief Exercise.\n")
    series = {e.ordinal: e.series for e in result.events if e.series}
    assert series[3] == series[4]


def test_support_from_names_the_supporter_not_the_subject(tmp_path):
    rows, _ = facts(tmp_path, "The Ministry of Ocean Affairs hosted the Third Reef Safety Forum with support from Japan.\n")
    assert ("Ministry of Ocean Affairs", "hosted", "Third Reef Safety Forum") in rows
    assert not [f for f in rows if f[1] == "supports"]


def test_bodies_are_not_hosted(tmp_path):
    rows, result = facts(tmp_path, "The U.S. Navy hosted a drill off Guam with the ROK Navy and the Japan Coast Guard.\n")
    assert {e.label for e in result.entities} >= {"ROK Navy"}
    assert not [f for f in rows if f[1] in ("hosted", "coHosted")]


def test_html_headline_is_not_glued_to_the_first_sentence(tmp_path):
    (tmp_path / "page.html").write_text(
        "<html><head><title>Officials meet</title></head><body><article><h1>Officials look to review at Bangkok forum</h1>"
        "<p>BANGKOK – Senior officials from Japan and Australia met on Wednesday for the Seventh Pacific Security Forum, "
        "which Thailand hosted for the second time in three years.</p>"
        "<p>Delegates discussed export controls and nuclear security culture during three days of closed sessions.</p>"
        "</article></body></html>", encoding="utf-8")
    mentions = build([tmp_path]).mentions
    japan = next(m for m in mentions if m.text == "Japan")
    assert japan.sentence.startswith("BANGKOK")


def test_co_hosted_by_and_signed_by_or_between(tmp_path):
    rows, _ = facts(tmp_path, "The Coral Sea Maritime Exercise, which was co-hosted by Fiji and Tonga, ended. "
                              "Both praised the Apia Joint Declaration, signed by the leaders of Samoa and Tonga. "
                              "They noted the Memorandum of Understanding on Fisheries signed between Fiji, Palau "
                              "and the Pacific Islands Forum.\n")
    assert {("Fiji", "coHosted", "Coral Sea Maritime Exercise"),
            ("Tonga", "coHosted", "Coral Sea Maritime Exercise")} <= rows
    assert {("Samoa", "signed", "Apia Joint Declaration"), ("Tonga", "signed", "Apia Joint Declaration")} <= rows
    signers = {s for s, p, o in rows if p == "signed" and o == "Memorandum of Understanding on Fisheries"}
    assert signers == {"Fiji", "Palau", "Pacific Islands Forum"}


def test_signed_by_needs_an_agreement_before_it(tmp_path):
    rows, _ = facts(tmp_path, "The Fourth Coral Sea Summit, signed by Fiji and Tonga, closed.\n")
    assert not [r for r in rows if r[1] == "signed"]


def test_the_subject_stands_before_an_aside_and_an_acronym_in_brackets_is_skipped(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga, members of the Commonwealth but not of the Pacific Alliance, joined "
                              "the Coral Sea 2021 exercise. The Second Summit of the Pacific Ocean Fisheries Council "
                              "(POFC), which was hosted by Samoa, closed.\n")
    joined = {s for s, p, o in rows if p == "participatedIn" and o == "Coral Sea 2021"}
    assert joined == {"Fiji", "Tonga"}
    assert ("Samoa", "hosted", "Second Summit of the Pacific Ocean Fisheries Council") in rows


def test_the_subject_stands_before_a_relative_clause_or_a_role_apposition(tmp_path):
    rows, _ = facts(tmp_path, "Samoa, which chairs the Pacific Islands Forum (PIF) this year, hosted the 54th Pacific "
                              "Islands Forum Leaders Meeting. Tuvalu, the chair of the Pacific Ocean Fisheries Council, "
                              "hosted the Second Tuna Summit.\n")
    hosts = {(s, o) for s, p, o in rows if p == "hosted"}
    assert hosts == {("Samoa", "54th Pacific Islands Forum Leaders Meeting"), ("Tuvalu", "Second Tuna Summit")}
    assert not {s for s, p, o in rows if p == "participatedIn"}      # no joint hosting with the body named in the aside


def test_a_grouping_brings_together_its_members(tmp_path):
    rows, _ = facts(tmp_path, "The Melanesian Spearhead Group brings together Fiji, Vanuatu and the Solomon Islands.\n")
    assert {s for s, p, o in rows if p == "memberOf" and o == "Melanesian Spearhead Group"} == {
        "Fiji", "Vanuatu", "Solomon Islands"}


def test_several_parties_are_not_the_paragraph_subject_and_an_army_is_its_country(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the Reef Forum. The two navies have held the Coral Shield 2020 exercise. "
                              "The Chinese military joined the Russian Steppe-2021 strategic exercise. China said so.\n")
    assert not [r for r in rows if r[2] == "Coral Shield 2020"]
    assert ("China", "participatedIn", "Steppe-2021") in rows


def test_launched_and_attended_by_name_the_agents_after_by(tmp_path):
    rows, _ = facts(tmp_path, "The Coral Sea Format, launched by Fiji, Tonga and Samoa in 2019, met again in "
                              "Vanuatu in June. The Pacific Ocean Summit, attended by the leaders of Palau and "
                              "Nauru, closed.\n")
    launchers = {s for s, p, o in rows if p == "initiated" and o == "Coral Sea Format"}
    assert launchers == {"Fiji", "Tonga", "Samoa"}      # not Vanuatu: ", met again in" is no list link
    assert {("Palau", "participatedIn", "Pacific Ocean Summit"),
            ("Nauru", "participatedIn", "Pacific Ocean Summit")} <= rows


def test_member_by_ordinal_and_no_month_as_a_place(tmp_path):
    rows, result = facts(tmp_path, "Palau became the 19th member of the Pacific Islands Forum in April. Tonga "
                                   "thanked the Forum for its support at the Pacific Ocean Summit, held in May 2023.\n")
    assert ("Palau", "memberOf", "Pacific Islands Forum") in rows
    assert not [r for r in rows if r[1] in ("heldIn", "supports")]
    assert not [m for m in result.mentions if m.text in ("19th", "May")]


def test_the_summit_is_the_one_named_before_and_not_another_meeting(tmp_path):
    rows, _ = facts(tmp_path, "Leaders met at the Coral Sea Summit on Monday. Fiji hosted the summit at the "
                              "KAVAHALL centre.\n\nThe Reef Summit closed. Tonga hosted the meeting of foreign "
                              "ministers.\n")
    assert ("Fiji", "hosted", "Coral Sea Summit") in rows
    assert not [r for r in rows if r[0] == "Tonga" or r[2] == "KAVAHALL"]


def test_possessor_acronym_subject_bracketed_aside_and_the_exercise_before_a_passive(tmp_path):
    rows, _ = facts(tmp_path, "Samoa backed the Fijian Navy's hosting of the Fifth Reef Summit. The Pacific "
                              "Ocean Fisheries Council (POFC) supported the Reef Accord. The first Fiji-Tonga "
                              'Ministerial Meeting ("2+2") was held in Suva. Teams joined the Coral Relief '
                              "Exercise. The exercise, co-chaired by Nauru and Palau, ended.\n")
    assert ("Fijian Navy", "hosted", "Fifth Reef Summit") in rows
    assert ("Pacific Ocean Fisheries Council", "supports", "Reef Accord") in rows
    assert ("first Fiji-Tonga Ministerial Meeting", "heldIn", "Suva") in rows
    assert {("Nauru", "coHosted", "Coral Relief Exercise"), ("Palau", "coHosted", "Coral Relief Exercise")} <= rows


def test_a_blank_line_ends_the_paragraph_subject(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the Reef Forum.\n\nIn the end, officials from the region supported "
                              "the Coral Accord.\n")
    assert ("Fiji", "hosted", "Reef Forum") in rows
    assert not [r for r in rows if r[1] == "supports"]


def test_gerund_host_relations_without_have_and_members_in_apposition(tmp_path):
    rows, _ = facts(tmp_path, "Samoa supports Fiji in hosting the Reef Summit. Fiji and Tonga established diplomatic "
                              "relations in 1975. Nauru normalized relations with Palau. Leaders from Vanuatu and "
                              "Tuvalu, the members of the Melanesian Reef Group, met.\n")
    assert ("Fiji", "hosted", "Reef Summit") in rows and ("Samoa", "hosted", "Reef Summit") not in rows
    assert ("Fiji", "establishedWith", "Tonga") in rows
    assert ("Nauru", "establishedWith", "Palau") in rows
    assert {("Vanuatu", "memberOf", "Melanesian Reef Group"), ("Tuvalu", "memberOf", "Melanesian Reef Group")} <= rows


def test_coordinated_country_adjectives_each_stand_for_their_country(tmp_path):
    rows, _ = facts(tmp_path, "The Fijian and Tongan armed forces held the Reef Shield 2021 exercise. The Samoan, "
                              "Fijian and Tongan navies joined the Coral Belt 2022 exercise. Fiji, Tonga and Samoa said so.\n")
    assert {("Fiji", "participatedIn", "Reef Shield 2021"), ("Tonga", "participatedIn", "Reef Shield 2021")} <= rows
    assert not [r for r in rows if r[1] == "hosted"]
    assert {s for s, p, o in rows if o == "Coral Belt 2022"} == {"Samoa", "Fiji", "Tonga"}


def test_whose_members_include_and_which_brings_together_name_members_and_the_subject(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Security Treaty Organization (RSTO), a Suva-led bloc whose members include "
                              "Fiji, Tonga and Samoa, held its Coral-2024 exercise in Nauru. The Pacific Reef Forum, which "
                              "brings together Palau, Nauru, Tuvalu and Kiribati, met.\n")
    assert {(c, "memberOf", "Reef Security Treaty Organization") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert ("Reef Security Treaty Organization", "hosted", "Coral-2024") in rows
    assert not [r for r in rows if r[2] == "Coral-2024" and r[0] != "Reef Security Treaty Organization"]
    assert {c for c, p, o in rows if p == "memberOf" and o == "Pacific Reef Forum"} == {"Palau", "Nauru", "Tuvalu", "Kiribati"}


def test_will_hold_is_a_plan_to_take_part_and_holds_that_is_an_opinion(tmp_path):
    rows, result = facts(tmp_path, "Fiji and Tonga will hold the Reef Guard 2026 exercise next month. Samoa holds "
                                   "that the Coral Sea Nuclear-Free Zone Treaty matters.\n", modal=True)
    planned = {(r.subject, r.predicate, r.modality) for r in result.relations if r.object == "reef-guard-2026"}
    # (a plain "will" before a dated gathering: the plan is stated as fixed)
    assert planned == {("FJI", "participatedIn", "scheduled"), ("TON", "participatedIn", "scheduled")}
    assert not [r for r in rows if r[0] == "Samoa"]


def test_the_ministers_are_several_parties_not_the_paragraph_subject(tmp_path):
    rows, _ = facts(tmp_path, "The Quad, which brings together Australia, India, Japan and the United States, met. "
                              "The ministers launched the Pacific Maritime Awareness Initiative last year.\n")
    assert not [row for row in rows if row[1] == "initiated"]


def test_joining_a_body_is_membership_and_joining_an_exercise_participation(tmp_path):
    rows, _ = facts(tmp_path, "Finland, which joined NATO in April, attended the summit. "
                              "Fiji joined the Fifth Pacific Rescue Exercise.\n")
    assert ("Finland", "memberOf", "North Atlantic Treaty Organization") in rows
    assert ("Fiji", "participatedIn", "Fifth Pacific Rescue Exercise") in rows
    assert not [row for row in rows if row[:2] == ("Finland", "participatedIn")]


def test_the_object_before_which_and_the_place_after_a_held_event(tmp_path):
    rows, _ = facts(tmp_path, "We support the Jeddah Process, which the United States and Saudi Arabia launched in 2023. "
                              "Japan, the Republic of Korea and China held the Ninth Trilateral Summit in Seoul last week. "
                              "The Philippine Navy and the US Navy conducted Exercise Balikatan 2024 near Palawan.\n")
    assert {("United States", "initiated", "Jeddah Process"), ("Saudi Arabia", "initiated", "Jeddah Process")} <= rows
    assert ("Ninth Trilateral Summit", "heldIn", "Seoul") in rows
    assert ("Japan", "participatedIn", "Ninth Trilateral Summit") in rows
    assert {("Philippine Navy", "participatedIn", "Exercise Balikatan 2024"),
            ("United States Navy", "participatedIn", "Exercise Balikatan 2024")} <= rows


def test_a_reporting_verb_ends_a_subject_list_and_forming_a_body_founds_it(tmp_path):
    rows, _ = facts(tmp_path, "China's envoy to the UN, Fu Cong, said China supports the African Union. "
                              "Mali, Burkina Faso and Niger formed the Alliance of Sahel States.\n")
    assert ("China", "supports", "African Union") in rows
    assert not [row for row in rows if row[0] == "United Nations"]
    assert {(c, "initiated", "Alliance of Sahel States") for c in ("Mali", "Burkina Faso", "Niger")} <= rows


def test_a_named_gathering_in_a_place_the_next_clause_subject_and_guests_taking_part(tmp_path):
    rows, _ = facts(tmp_path, "Ghana and Togo signed a border accord on the margins of the 12th Volta Basin Summit "
                              "in Accra. Chile and Peru conducted Exercise Andes Shield in the Pacific, and the "
                              "Argentine Navy hosted Exercise Plata Guard in Mar del Plata, with the Uruguayan Navy "
                              "and the Paraguayan Navy taking part.\n")
    assert ("12th Volta Basin Summit", "heldIn", "Accra") in rows
    assert ("Argentine Navy", "hosted", "Exercise Plata Guard") in rows
    # the navy after ", and" opens the second clause: it is no object of "conducted", and the
    # countries before it host nothing
    assert not [row for row in rows if row[0] in ("Chile", "Peru") and row[2] == "Exercise Plata Guard"]
    assert {("Uruguayan Navy", "participatedIn", "Exercise Plata Guard"),
            ("Paraguayan Navy", "participatedIn", "Exercise Plata Guard")} <= rows
    assert not [row for row in rows if row[1] == "coHosted"]


def test_who_signs_or_partners_at_a_gathering_takes_part_in_it(tmp_path):
    rows, _ = facts(tmp_path, "The Pacific Alliance signed a strategic partnership with the European Union at the "
                              "first EU-Andean Summit in Lima. Chile signed the Lima Water Accord before the "
                              "Ninth Andes Forum opened.\n")
    assert {("Pacific Alliance", "participatedIn", "first EU-Andean Summit"),
            ("European Union", "participatedIn", "first EU-Andean Summit")} <= rows
    assert not [row for row in rows if row[0] == "Chile" and row[1] == "participatedIn"]


def test_forums_hosted_delegations_sent_and_partners_joined_in_an_activity(tmp_path):
    rows, result = facts(tmp_path, "The Andes Security Dialogue in Lima, organised by the Andean Community, opened. "
                                  "Bolivia's delegation to the Ninth Andes Forum met the Chilean delegation at the "
                                  "Quito Summit. Peru's delegation to the Amazon Water Conference will be small. "
                                  "Ecuador and Colombia joined Brazil and Peru in a Bilateral River Cooperative "
                                  "Activity. Chile discussed the Santiago Summit that Argentina hosted.\n")
    assert ("Andean Community", "hosted", "Andes Security Dialogue") in rows
    assert {("Bolivia", "participatedIn", "Ninth Andes Forum"), ("Chile", "participatedIn", "Quito Summit")} <= rows
    labels = {e.key: e.label for e in result.entities}
    assert [r.modality for r in result.relations if r.predicate == "participatedIn"
            and labels[r.object] == "Amazon Water Conference"] == ["scheduled"]     # "will be": planned, not yet held
    assert {(c, "participatedIn", "Bilateral River Cooperative Activity")
            for c in ("Ecuador", "Colombia", "Brazil", "Peru")} <= rows
    assert ("Argentina", "hosted", "Santiago Summit") in rows
    assert not [row for row in rows if row[2] == "Lima"]        # a forum is no event: it is held nowhere


def test_events_held_each_with_its_own_partners_past_the_kind_of_exercise(tmp_path):
    rows, _ = facts(tmp_path, 'Peru has held the Condor-2025 joint naval exercise with Chile and the "Andes Guard" '
                              "drill with Bolivia.\n")
    assert {("Peru", "participatedIn", "Condor-2025"), ("Chile", "participatedIn", "Condor-2025"),
            ("Peru", "participatedIn", "Andes Guard"), ("Bolivia", "participatedIn", "Andes Guard")} <= rows
    assert not [row for row in rows if (row[0], row[2]) in (("Bolivia", "Condor-2025"), ("Chile", "Andes Guard"))]


def test_a_second_passive_keeps_the_event_and_names_the_delegates_among_many(tmp_path):
    rows, _ = facts(tmp_path, "The Fifth Andes Forum, co-hosted by Chile and the Andean Community, was attended by "
                              "delegates from 21 South American countries, including Peru, Bolivia and Ecuador.\n")
    assert {("Chile", "coHosted", "Fifth Andes Forum"), ("Andean Community", "coHosted", "Fifth Andes Forum")} <= rows
    assert {(c, "participatedIn", "Fifth Andes Forum") for c in ("Peru", "Bolivia", "Ecuador")} <= rows
    assert not [row for row in rows if row[0] in ("Chile", "Andean Community") and row[1] == "participatedIn"]


def test_a_bare_verb_form_after_one_name_is_a_noun(tmp_path):
    rows, _ = facts(tmp_path, "Leaders agree new Samoa support package at Apia Summit\n\n"
                              "Fiji and Tonga support the Ocean Peace Initiative.\n", modal=True)
    assert not {r for r in rows if r[0] == "Samoa"}         # "Samoa support package": no one supports
    assert {("Fiji", "supports", "Ocean Peace Initiative"), ("Tonga", "supports", "Ocean Peace Initiative")} <= rows
    rows, _ = facts(tmp_path, "Does Fiji support the Ocean Peace Initiative?\n", modal=True)
    assert ("Fiji", "supports", "Ocean Peace Initiative") in rows     # after an auxiliary, a verb


def test_a_clause_with_an_unnamed_subject_takes_no_subject_from_the_paragraph(tmp_path):
    rows, _ = facts(tmp_path, "Leaders of Fiji, Samoa and Tonga attended the Apia Summit. Later this year NATO "
                              "will conduct the Harbour Noon 2026 exercise, and next spring the alliance will hold "
                              "the Reef Defender 2027 exercise in Poland.\n", modal=True)
    assert ("North Atlantic Treaty Organization", "hosted", "Harbour Noon 2026") in rows      # "will conduct"
    assert ("Reef Defender 2027", "heldIn", "Poland") in rows     # "the ... exercise in Poland"
    assert not {r for r in rows if r[0] in ("Fiji", "Samoa", "Tonga") and r[2] == "Reef Defender 2027"}


def test_an_aside_naming_no_party_stands_between_the_subjects_and_the_verb(tmp_path):
    rows, _ = facts(tmp_path, "Leaders met at the Apia Summit. Leaders of Fiji, Samoa and Tonga, the forum's three "
                              "Pacific partners, also attended the summit.\n")
    assert {(c, "participatedIn", "Apia Summit") for c in ("Fiji", "Samoa", "Tonga")} <= rows


def test_members_listed_after_the_body(tmp_path):
    rows, _ = facts(tmp_path, "It was the first meeting with the new members of BRICS: Egypt, Ethiopia and Iran. "
                              "The founding members of the Quad, namely Australia, India and Japan, met.\n")
    assert {(c, "memberOf", "BRICS") for c in ("Egypt", "Ethiopia", "Iran")} <= rows
    assert {(c, "memberOf", "Quadrilateral Security Dialogue") for c in ("Australia", "India", "Japan")} <= rows


def test_the_capitalised_meeting_of_a_chairmans_statement_is_the_one_named_before(tmp_path):
    rows, _ = facts(tmp_path, "1. The 9th Pacific Defence Ministers' Meeting was convened in Apia. The Meeting "
                              "was attended by the Defence Ministers of the member states and the Plus countries, "
                              "namely Fiji, Tonga and Japan.\n\n2. Nauru attended the Meeting as an observer.\n")
    meeting = "9th Pacific Defence Ministers' Meeting"
    assert {(c, "participatedIn", meeting) for c in ("Fiji", "Tonga", "Japan", "Nauru")} <= rows


def test_a_sentence_opening_with_the_passive_names_its_event_after_the_agents(tmp_path):
    rows, _ = facts(tmp_path, "The 3rd Apia Ocean Forum opened in Apia on Friday. Co-hosted by the Pacific Institute "
                              "for Ocean Studies (PIOS) and the Tonga Maritime Academy (TMA), the three-day forum is "
                              "themed \"Blue Peace\". Organised by Fiji, the 5th Suva Reef Dialogue met in May.\n")
    forum = "3rd Apia Ocean Forum"
    assert (forum, "heldIn", "Apia") in rows        # "opened in"
    hosts = {s for s, p, o in rows if p == "coHosted" and o == forum}
    assert len(hosts) == 2 and any("Pacific Institute" in h or h == "PIOS" for h in hosts)
    assert ("Fiji", "hosted", "5th Suva Reef Dialogue") in rows


def test_a_passive_after_the_kind_of_exercise_with_its_modifiers(tmp_path):
    rows, _ = facts(tmp_path, "The navy took part in the Reef Guard 2023 multilateral naval exercise hosted by Fiji.\n")
    assert ("Fiji", "hosted", "Reef Guard 2023") in rows


def test_a_meeting_named_after_a_series_and_its_acronym_is_one_event(tmp_path):
    rows, result = facts(tmp_path, "Ninth Lancang-Mekong Cooperation Foreign Ministers' Meeting\n\nWang Yi chaired the "
                                   "ninth Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting in Chiang Mai. "
                                   "Cambodia and Laos attended the meeting. Ministers adopted the Joint Statement of "
                                   "the Ninth LMC Foreign Ministers' Meeting.\n")
    assert "ninth Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting" in {m.text for m in result.mentions}
    meeting = "Ninth Lancang-Mekong Cooperation Foreign Ministers' Meeting"     # one entity, labelled without "(LMC)"
    assert "Foreign Ministers' Meeting" not in {e.label for e in result.entities}
    assert {("Cambodia", "participatedIn", meeting), (meeting, "heldIn", "Chiang Mai")} <= rows


def test_a_body_that_has_members_including_some_named(tmp_path):
    rows, _ = facts(tmp_path, "The Pacific Ocean Council (POC), initiated by Fiji in 1992, now has 18 member states, "
                              "including Samoa, Tonga and Nauru.\n")
    assert {(c, "memberOf", "Pacific Ocean Council") for c in ("Samoa", "Tonga", "Nauru")} <= rows
    assert ("Fiji", "memberOf", "Pacific Ocean Council") not in rows


def test_a_passive_after_an_unnamed_apposition_and_a_year(tmp_path):
    rows, _ = facts(tmp_path, "Ministers of the Lagos Initiative, a security mechanism of coastal states launched "
                              "in 2017 by Ghana, Togo and Benin, will meet next month. The Harbour Accord, "
                              "concluded in July 2015 by Fiji and Tonga, expired.\n")
    assert {(c, "initiated", "Lagos Initiative") for c in ("Ghana", "Togo", "Benin")} <= rows
    assert {(c, "signed", "Harbour Accord") for c in ("Fiji", "Tonga")} <= rows



def test_the_gathering_where_something_was_launched_is_no_object(tmp_path):
    rows, _ = facts(tmp_path, "The cooperation among Fiji, Tonga and Samoa launched at the Pacific Leaders' Summit "
                              "grew. Nauru held talks during the Reef Forum.\n")
    assert not [r for r in rows if r[1] in ("initiated", "hosted")]


def test_who_begins_or_launches_an_exercise_takes_part_in_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga began their annual Coral Shield exercises on Monday. Samoa and Nauru "
                              "launched their first joint exercise, Reef Lantern.\n")
    assert {(c, "participatedIn", "Coral Shield") for c in ("Fiji", "Tonga")} <= rows
    assert {(c, "participatedIn", "Reef Lantern") for c in ("Samoa", "Nauru")} <= rows
    assert not [r for r in rows if r[1] == "initiated"]


def test_what_a_body_was_founded_under_is_not_what_it_founded(tmp_path):
    rows, _ = facts(tmp_path, "The Pacific Islands Forum, founded under the Suva Accord of 1971, met. Fiji takes an "
                              "active part in mechanisms under the Pacific Islands Forum.\n")
    assert not [r for r in rows if r[1] == "initiated"]
    assert ("Fiji", "participatedIn", "Pacific Islands Forum") in rows


def test_a_partner_of_a_body(tmp_path):
    rows, _ = facts(tmp_path, "Fiji is a Dialogue Partner of the Pacific Islands Forum since 1992. Samoa and Tonga "
                              "became comprehensive strategic partners of ASEAN in 2021.\n")
    assert ("Fiji", "partnerOf", "Pacific Islands Forum") in rows
    assert {(c, "partnerOf", "Association of Southeast Asian Nations") for c in ("Samoa", "Tonga")} <= rows


def test_a_relative_clause_after_where_is_no_item_of_the_list(tmp_path):
    rows, _ = facts(tmp_path, "The Fiji Navy hosted its 14th biennial meeting in Suva in 2014, where the Code for "
                              "Reef Encounters (CRE) was adopted.\n")
    assert not [r for r in rows if r[1] == "hosted" and r[2] == "Code for Reef Encounters"]


def test_we_of_a_joint_declaration_is_no_one_country(tmp_path):
    # Fiji, named most, would otherwise be taken for the "we" of a document
    rows, _ = facts(tmp_path, "We, the Leaders of the Pacific Islands Forum, met in Suva, Fiji.\n\nWe welcome Fiji and "
                              "Tonga as full members of the Forum Fisheries Agency. We support the Pacific Resilience "
                              "Facility.\n")
    assert ("Fiji", "memberOf", "Forum Fisheries Agency") in rows
    assert not [r for r in rows if r[1] == "supports"]


def test_a_member_named_after_the_verb_is_not_the_next_sentences_we(tmp_path):
    rows, _ = facts(tmp_path, "We welcome Fiji and Tonga as full members of the Forum Fisheries Agency. We support "
                              "the Pacific Resilience Facility.\n")
    assert ("Fiji", "memberOf", "Forum Fisheries Agency") in rows
    assert not [r for r in rows if r[1] == "supports"]


def test_we_is_the_documents_country_only_when_one_stands_out(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga met in Suva.\n\nWe support the Pacific Resilience Facility.\n")
    assert not [r for r in rows if r[1] == "supports"]
    rows, _ = facts(tmp_path, "Fiji met Tonga in Suva. Fiji thanked Tonga. Fiji left.\n\nWe support the Pacific "
                              "Resilience Facility.\n")
    assert ("Fiji", "supports", "Pacific Resilience Facility") in rows


def test_who_took_part_in_the_event_named_before(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Reef Lantern 2024, hosted by the Fiji Navy, ended on Friday.\n\nShips from "
                              "nine nations took part, including Tonga and Samoa. Nauru and Palau participated as "
                              "observers.\n")
    assert {(c, "participatedIn", "Exercise Reef Lantern 2024") for c in ("Tonga", "Samoa", "Nauru", "Palau")} <= rows
    # an unnamed gathering since then is the one meant: no party of it takes part in the named one
    rows, _ = facts(tmp_path, "Fiji ended Operation Reef Lantern in May.\n\nTonga hosted the summit. Samoa and "
                              "Nauru also attended.\n")
    assert not [r for r in rows if r[1] == "participatedIn"]


def test_a_text_adopted_on_a_treaty_is_not_the_treaty(tmp_path):
    rows, _ = facts(tmp_path, "The Pacific Islands Forum adopted a resolution on the Treaty of Rarotonga. Fiji and "
                              "Tonga want to conclude negotiations on the Suva Accord.\n", modal=True)
    assert not [r for r in rows if r[0] == "Pacific Islands Forum"]
    assert {("Fiji", "signed", "Suva Accord"), ("Tonga", "signed", "Suva Accord")} <= rows


def test_who_an_exercise_involves_and_whose_participation_is_welcomed_take_part(tmp_path):
    rows, _ = facts(tmp_path, "The ship sailed in Exercise Coral Lantern, the four-nation drill involving Fiji, Tonga, "
                              "Samoa and Nauru. Leaders welcomed Palau's participation in Exercise Reef Shield 2025.\n")
    assert {(c, "participatedIn", "Exercise Coral Lantern") for c in ("Fiji", "Tonga", "Samoa", "Nauru")} <= rows
    assert ("Palau", "participatedIn", "Exercise Reef Shield 2025") in rows


def test_the_examples_of_a_kind_are_the_objects_and_who_leads_them_is_not(tmp_path):
    rows, _ = facts(tmp_path, "Fiji supports the Forum-led mechanisms, including the Suva Dialogue and the Reef "
                              "Security Forum. Tonga supports the Pacific Community and regional organizations such "
                              "as the Forum Fisheries Agency.\n")
    assert {("Fiji", "supports", "Suva Dialogue"), ("Fiji", "supports", "Reef Security Forum")} <= rows
    assert {("Tonga", "supports", "Pacific Community"), ("Tonga", "supports", "Forum Fisheries Agency")} <= rows
    rows, _ = facts(tmp_path, "Fiji took part in the ASEAN-led security dialogues.\n")
    assert not rows


def test_a_mechanism_set_up_with_a_partner(tmp_path):
    rows, _ = facts(tmp_path, "Fiji established a 2+2 dialogue mechanism with Tonga. Samoa set up a new maritime "
                              "security hotline with Nauru.\n")
    assert {("Fiji", "establishedWith", "Tonga"), ("Samoa", "establishedWith", "Nauru")} <= rows


def test_the_partners_after_with_launch_or_sign_too_and_an_initiator(tmp_path):
    rows, _ = facts(tmp_path, "Fiji initiated the Reef Initiative together with Tonga. Samoa signed the Suva Accord "
                              "with Nauru in 2001. Palau is the initiator of the Ocean Compact.\n")
    assert {("Fiji", "initiated", "Reef Initiative"), ("Tonga", "initiated", "Reef Initiative")} <= rows
    assert {("Samoa", "signed", "Suva Accord"), ("Nauru", "signed", "Suva Accord")} <= rows
    assert ("Palau", "initiated", "Ocean Compact") in rows


def test_who_is_admitted_to_a_body_is_its_member(tmp_path):
    rows, _ = facts(tmp_path, "Palau was formally admitted to the Pacific Islands Forum in 2023. The Forum Fisheries "
                              "Agency admitted Nauru as its newest member.\n")
    assert ("Palau", "memberOf", "Pacific Islands Forum") in rows
    assert ("Nauru", "memberOf", "Forum Fisheries Agency") in rows


def test_who_chairs_a_meeting_hosts_it_and_a_role_aside_names_no_party(tmp_path):
    rows, _ = facts(tmp_path, "Tonga chaired the 12th Pacific Leaders Summit. Fiji, as Pacific Islands Forum chair, hosted the "
                              "13th Pacific Leaders Summit.\n")
    assert ("Tonga", "hosted", "12th Pacific Leaders Summit") in rows
    assert ("Fiji", "hosted", "13th Pacific Leaders Summit") in rows
    assert not [r for r in rows if r[1] == "participatedIn"]


def test_a_dated_exercise_story(tmp_path):
    rows, _ = facts(tmp_path, "SUVA, Fiji - Fiji and Tonga on Monday launched their first joint maritime exercise, "
                              "the Reef Lantern Exercise 2025, in waters off Suva.\n\nThe exercise involves eight "
                              "vessels from Fiji, Samoa and Nauru, the Fiji Navy said.\n\nPalau co-hosted the exercise "
                              "with Fiji.\n")
    exercise = "Reef Lantern Exercise 2025"
    assert {(c, "participatedIn", exercise) for c in ("Fiji", "Tonga", "Samoa", "Nauru")} <= rows
    assert {("Palau", "coHosted", exercise), ("Fiji", "coHosted", exercise)} <= rows
    assert not [r for r in rows if r[0] in ("Monday", "Fiji Navy")]


def test_a_headline_in_the_plain_form_and_a_second_verb_sharing_its_subject(tmp_path):
    rows, _ = facts(tmp_path, "Pacific Islands Forum leaders adopt Suva Declaration, admit Palau\n\nThe Forum Fisheries "
                              "Agency signed the Reef Charter and admitted Nauru.\n")
    assert ("Pacific Islands Forum", "signed", "Suva Declaration") in rows
    assert ("Palau", "memberOf", "Pacific Islands Forum") in rows
    assert ("Nauru", "memberOf", "Forum Fisheries Agency") in rows
    assert not [r for r in rows if r[1] == "memberOf" and r[2] in ("Suva Declaration", "Reef Charter")]


def test_a_gerund_after_a_time_word_has_the_clause_subject(tmp_path):
    rows, _ = facts(tmp_path, "Fiji, Tonga and Samoa left the Pacific Islands Forum in 2024 and formed the Ocean "
                              "Alliance (OA), after signing the Reef Charter in 2023.\n")
    assert {(c, "signed", "Reef Charter") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert not [r for r in rows if r[0] in ("Ocean Alliance", "OA", "Pacific Islands Forum")]


def test_who_opens_an_exercise_and_the_parties_of_an_exercise_between_them(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga opened the 12th Reef Lantern Exercise on Tuesday. Exercise Ocean Shield "
                              "began in 1990 as a bilateral exercise between Samoa and Nauru. Exercise Coral Gate, an "
                              "annual exercise between Palau and Tuvalu, ended. Kiribati opened the door to the Pacific "
                              "Islands Forum.\n")
    assert {("Fiji", "participatedIn", "12th Reef Lantern Exercise"),
            ("Tonga", "participatedIn", "12th Reef Lantern Exercise")} <= rows
    assert {(c, "participatedIn", "Exercise Ocean Shield") for c in ("Samoa", "Nauru")} <= rows
    assert {(c, "participatedIn", "Exercise Coral Gate") for c in ("Palau", "Tuvalu")} <= rows
    assert not [r for r in rows if r[0] == "Kiribati"]


def test_an_office_of_a_country_and_compound_titles_act_for_the_country(tmp_path):
    rows, _ = facts(tmp_path, "President of Tonga Siaosi Sovaleni, President of Nauru David Adeang and Fijian Prime "
                              "Minister and Foreign Minister Sitiveni Rabuka attended the Fifth Reef Summit. Samoan Crown "
                              "Prince Malietoa bin Tanumafili chaired the Sixth Reef Summit. Fiji and Samoa are neighbours.\n")
    assert {(c, "participatedIn", "Fifth Reef Summit") for c in ("Tonga", "Nauru", "Fiji")} <= rows
    assert ("Samoa", "hosted", "Sixth Reef Summit") in rows


def test_a_date_between_the_subject_and_its_verb(tmp_path):
    rows, result = facts(tmp_path, "Fiji on Friday signed the Reef Charter. Tonga on 5 May signed the Coral Pact. Samoa "
                                   "withdrew from the Pacific Islands Forum in January 2024 and formed the Ocean Alliance.\n")
    assert {("Fiji", "signed", "Reef Charter"), ("Tonga", "signed", "Coral Pact")} <= rows
    assert not [r for r in rows if r[0] == "Pacific Islands Forum"]


def test_joining_as_a_partner_or_observer_and_members_named_by_them(tmp_path):
    rows, _ = facts(tmp_path, "Fiji joined the Pacific Islands Forum as a dialogue partner. Tonga joined the Forum "
                              "Fisheries Agency as an observer. Samoa signed agreements with five countries, and all of "
                              "them are members of the Pacific Community.\n")
    assert ("Fiji", "partnerOf", "Pacific Islands Forum") in rows
    assert not [r for r in rows if r[1] == "memberOf"]


def test_a_list_of_objects_ends_at_a_second_verb(tmp_path):
    rows, _ = facts(tmp_path, "Fiji launched Operation Coral Shield and sent Pacific Islands Forum teams and ships.\n")
    assert ("Fiji", "initiated", "Operation Coral Shield") in rows
    assert not [r for r in rows if r[2] == "Pacific Islands Forum"]


def test_a_name_inside_an_items_modifier_does_not_end_the_list(tmp_path):
    rows, _ = facts(tmp_path, "Fiji initiated the Reef Talks on the Tonga fisheries issue, the Coral Forum, and the "
                              "Ocean Compact (OC) framework to promote growth.\n")
    assert {("Fiji", "initiated", o) for o in ("Reef Talks", "Coral Forum", "Ocean Compact")} <= rows
    assert not [r for r in rows if r[2] == "Tonga"]


def test_the_aim_of_efforts_is_what_is_supported_and_parties_to_an_unnamed_process_are_no_object(tmp_path):
    rows, _ = facts(tmp_path, "Fiji supports the efforts of Pacific Islands Forum countries to establish a South "
                              "Pacific Nuclear Free Zone. Tonga took part in consultations between the Pacific "
                              "Islands Forum and Japan.\n")
    assert ("Fiji", "supports", "South Pacific Nuclear Free Zone") in rows
    assert not [r for r in rows if r[2] == "Pacific Islands Forum"]


def test_joining_a_treaty_makes_a_party_to_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji joined the Reef Fisheries Convention in 1997. Tonga joined the Pacific Islands Forum.\n")
    assert ("Fiji", "signed", "Reef Fisheries Convention") in rows
    assert ("Tonga", "memberOf", "Pacific Islands Forum") in rows


def test_a_second_verb_after_and_belongs_to_the_sentence_subject(tmp_path):
    rows, _ = facts(tmp_path, "Fiji welcomed Tonga and hosted the Fourth Reef Summit. Samoa took over the chairmanship "
                              "from Nauru in 2014 and hosted the Fifth Reef Summit.\n")
    assert {("Fiji", "hosted", "Fourth Reef Summit"), ("Samoa", "hosted", "Fifth Reef Summit")} <= rows
    assert not [r for r in rows if r[0] in ("Tonga", "Nauru")]


def test_an_opening_passive_with_its_year(tmp_path):
    rows, _ = facts(tmp_path, "Initiated by the Fiji Institute for Ocean Affairs in 2006, the Suva Ocean Forum has "
                              "become an important platform.\n")
    assert ("Fiji Institute for Ocean Affairs", "initiated", "Suva Ocean Forum") in rows


def test_an_accession_makes_a_party_and_a_body_before_unnamed_meetings_is_no_gathering(tmp_path):
    rows, _ = facts(tmp_path, "The Ministers welcomed the accession of Fiji and Tonga to the Reef Treaty. They discussed "
                              "the accession of Samoa to the Pacific Islands Forum. Nauru took part in Forum Fisheries "
                              "Agency meetings as an observer.\n")
    assert {("Fiji", "signed", "Reef Treaty"), ("Tonga", "signed", "Reef Treaty")} <= rows
    assert not [r for r in rows if r[0] in ("Samoa", "Nauru")]
    rows, _ = facts(tmp_path, "They discussed the accession of Samoa to the Pacific Islands Forum.\n", modal=True)
    assert ("Samoa", "memberOf", "Pacific Islands Forum") in rows


def test_an_office_holder_named_before_the_country_of_his_office_acts_for_it(tmp_path):
    rows, _ = facts(tmp_path, "Prime Minister Sitiveni Rabuka of Fiji and President Joseph K. Tuilagi of Samoa met "
                              "in Suva for the Ninth Reef Leaders' Summit. The Tenth Reef Summit was hosted by Prime "
                              "Minister Hu'akavameiliku of Tonga. Fiji co-chaired the Reef Fisheries Dialogue together "
                              "with Tongan Foreign Minister Fekitamoeloa Utoikamanu.\n")
    assert {("Fiji", "participatedIn", "Ninth Reef Leaders' Summit"), ("Samoa", "participatedIn", "Ninth Reef Leaders' Summit"),
            ("Tonga", "hosted", "Tenth Reef Summit"), ("Tonga", "coHosted", "Reef Fisheries Dialogue")} <= rows


def test_a_possessor_before_a_noun_is_no_subject_and_a_violated_text_no_object(tmp_path):
    rows, _ = facts(tmp_path, "Fiji condemns Tonga's ballistic missile launches in violation of the Reef Treaty. "
                              "Samoa's navy joined the Coral Shield 2024 exercise.\n")
    assert not [r for r in rows if r[0] == "Tonga" or r[2] == "Reef Treaty"]
    assert ("Samoa", "participatedIn", "Coral Shield 2024") in rows


def test_the_gathering_before_its_place_and_a_relative_clause_is_what_the_clause_hosts(tmp_path):
    rows, _ = facts(tmp_path, "Fiji attended the Reef Foreign Ministers' Meeting in Suva last month, which Tonga hosted.\n")
    assert ("Tonga", "hosted", "Reef Foreign Ministers' Meeting") in rows


def test_we_of_a_joint_statement_is_no_one_country(tmp_path):
    rows, _ = facts(tmp_path, "Joint Statement from the Leaders of the Reef Quartet\n\nFiji will host the Reef "
                              "Summit in 2025. Fiji and Samoa welcome Tonga.\n\nWe launched the Reef Health "
                              "Initiative.\n")
    assert not [r for r in rows if r[2] == "Reef Health Initiative"]
    rows, _ = facts(tmp_path, "Fiji Foreign Ministry\n\nFiji will host the Reef Summit in 2025. Fiji and Samoa "
                              "welcome Tonga.\n\nWe launched the Reef Health Initiative.\n")
    assert ("Fiji", "initiated", "Reef Health Initiative") in rows


def test_a_theme_is_no_subject_and_a_list_of_gatherings_goes_on_past_where_each_met(tmp_path):
    rows, _ = facts(tmp_path, 'Under the theme "Reef Matters: Centre of Growth", Fiji hosted the 42nd Reef Summit in '
                              'Suva in May and the 43rd Reef Summit in Nadi in September 2023.\n')
    assert {("Fiji", "hosted", "42nd Reef Summit"), ("Fiji", "hosted", "43rd Reef Summit")} <= rows
    assert not [r for r in rows if r[1] == "participatedIn"]


def test_a_speaker_after_its_acronym_and_a_meeting_with_a_body_are_no_objects(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga on Wednesday began their second Coral Edge trilateral exercise, the Reef "
                              "Chiefs of Staff (RCS) said. Samoa will take part in a meeting with the Pacific Islands "
                              "Forum on fisheries.\n", modal=True)
    assert ("Fiji", "participatedIn", "Coral Edge") in rows
    assert not [r for r in rows if r[2] in ("Reef Chiefs of Staff", "Pacific Islands Forum")]


def test_a_treaty_and_its_acronym_then_which_the_signer_signed(tmp_path):
    rows, _ = facts(tmp_path, "Tonga revoked its ratification of the Comprehensive Reef Protection Treaty (CRPT), which "
                              "Fiji signed but never ratified.\n")
    assert ("Fiji", "signed", "Comprehensive Reef Protection Treaty") in rows


def test_where_a_gathering_will_take_place_and_who_organises_it_before_it_is_called_back(tmp_path):
    rows, _ = facts(tmp_path, "The 21st Suva Reef Dialogue will take place in Fiji from 31 May to 2 June 2024. "
                              "Organised by the Pacific Institute for Reef Studies (PIRS), the Dialogue is the "
                              "region's premier summit.\n", modal=True)
    assert ("21st Suva Reef Dialogue", "heldIn", "Fiji") in rows
    assert ("Pacific Institute for Reef Studies", "hosted", "21st Suva Reef Dialogue") in rows


def test_partners_of_unnamed_consultations_are_no_subject_of_the_next_verb(tmp_path):
    rows, _ = facts(tmp_path, "Fiji has held bilateral consultations with Tonga, Samoa and Nauru, hosted the 13th Reef "
                              "Meeting, and promoted cooperation.\n")
    assert ("Fiji", "hosted", "13th Reef Meeting") in rows
    assert not [r for r in rows if r[0] in ("Tonga", "Samoa", "Nauru")]


def test_a_capital_acts_for_its_country_but_not_where_things_happen_or_inside_a_name(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga met. Suva and Nuku'alofa signed the Reef Partnership Treaty in June. "
                              "The Reef Summit was held in Suva. The Suva Declaration was adopted. Tonga supports "
                              "the Suva Declaration.\n")
    assert {("Fiji", "signed", "Reef Partnership Treaty"), ("Tonga", "signed", "Reef Partnership Treaty")} <= rows
    assert ("Reef Summit", "heldIn", "Suva") in rows
    assert not [r for r in rows if r[0] == "Fiji" and r[2] != "Reef Partnership Treaty"]


def test_who_wraps_up_an_exercise_takes_part_in_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga wrapped up the Coral Shield (CS) exercise in August.\n")
    assert {("Fiji", "participatedIn", "Coral Shield"), ("Tonga", "participatedIn", "Coral Shield")} <= rows


def test_a_clause_after_the_agents_ends_their_list(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Security Treaty signed by Fiji and Tonga in June 2024 includes a mutual defense "
                              "clause, and the Samoa Intelligence Agency has assessed its effect.\n")
    assert {("Fiji", "signed", "Reef Security Treaty"), ("Tonga", "signed", "Reef Security Treaty")} <= rows
    assert not [r for r in rows if r[0] == "Samoa Intelligence Agency"]


def test_where_a_disaster_struck_or_made_landfall(tmp_path):
    rows, _ = facts(tmp_path, "Tropical Cyclone Reva made landfall in Tonga on 15 December. Typhoon Kalo battered Fiji "
                              "a day later. The Reef Summit hit Samoa's headlines.\n")
    assert {("Tropical Cyclone Reva", "heldIn", "Tonga"), ("Typhoon Kalo", "heldIn", "Fiji")} <= rows
    assert not [r for r in rows if r[0] == "Reef Summit"]       # no disaster: where a summit met is not said


def test_those_called_on_to_act_are_not_the_speaker(tmp_path):
    text = ("Statement by the Delegation of Fiji\n\nFiji thanks Tonga. Fiji welcomes Samoa.\n\n"
            "We call on all States that have not yet done so to sign and ratify the Treaty of Nuku Reef "
            "without delay, and we support the work of the Pacific Islands Forum.\n")
    rows, _ = facts(tmp_path, text, modal=True)
    assert not [r for r in rows if r[2] == "Treaty of Nuku Reef"]
    assert ("Fiji", "supports", "Pacific Islands Forum") in facts(tmp_path, text)[0]      # asserted: "we support"


def test_among_the_first_to_ratify_is_said_and_done(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga were among the first countries to ratify the Treaty of Nuku Reef.\n")
    assert {("Fiji", "signed", "Treaty of Nuku Reef"), ("Tonga", "signed", "Treaty of Nuku Reef")} <= rows


def test_a_name_qualifying_an_object_is_not_the_next_verbs_subject(tmp_path):
    rows, _ = facts(tmp_path, "Thirty years ago, Fiji closed the Reef Atoll test site and acceded to the Treaty "
                              "of Nuku Reef.\n")
    assert ("Fiji", "signed", "Treaty of Nuku Reef") in rows


@pytest.mark.parametrize("text", [
    "The Reef Summit was held on Thursday in Suva.",
    "The Reef Summit was held on 10 August 2023 in Suva.",
    "The Reef Summit was held last week in Suva.",
])
def test_held_in_after_a_date(tmp_path, text):
    rows, _ = facts(tmp_path, text + "\n")
    assert ("Reef Summit", "heldIn", "Suva") in rows


def test_attended_by_heads_of_state_and_government(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Summit was attended by Heads of State and Government of Fiji, Samoa and "
                              "Tonga.\n")
    assert {(c, "participatedIn", "Reef Summit") for c in ("Fiji", "Samoa", "Tonga")} <= rows


def test_who_leads_a_named_event_takes_part_in_it(tmp_path):
    rows, _ = facts(tmp_path, "Tonga might join the Fiji-led Exercise Reef Guard. Samoa took part in Operation "
                              "Lagoon Shield, led by Tonga. The Fiji-led mechanisms such as the Reef Forum met.\n")
    assert {("Fiji", "participatedIn", "Exercise Reef Guard"), ("Tonga", "participatedIn", "Operation Lagoon Shield")} <= rows
    assert not [r for r in rows if r[2] == "Reef Forum"]


def test_every_place_of_a_list_after_held_in_or_struck(tmp_path):
    rows, _ = facts(tmp_path, "Typhoon Kalo hit Fiji, Samoa and Tonga last week. The Reef Exercise was held in "
                              "Vanuatu and Palau.\n")
    assert {("Typhoon Kalo", "heldIn", c) for c in ("Fiji", "Samoa", "Tonga")} <= rows
    assert {("Reef Exercise", "heldIn", c) for c in ("Vanuatu", "Palau")} <= rows


def test_a_clause_after_a_verb_holds_no_object_of_it(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Organisation grew out of the Lagoon Five, a grouping formed in 1996 when "
                              "Fiji, Samoa and Tonga signed the Treaty on Reef Trust.\n")
    assert {(c, "signed", "Treaty on Reef Trust") for c in ("Fiji", "Samoa", "Tonga")} <= rows
    assert not [r for r in rows if r[0] == "Reef Organisation"]


def test_a_body_asked_to_act_is_not_the_opening_subjects_act(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Council adopted a resolution and requested the Lagoon Mechanism to continue "
                              "its cooperation with the International Criminal Court.\n", modal=True)
    assert not [r for r in rows if r[0] == "Reef Council"]


def test_joined_by_after_the_passive_that_named_the_event(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Patrol, launched in 2004 by Fiji and Samoa and joined by Tonga in 2008, "
                              "works.\n")
    assert ("Tonga", "participatedIn", "Reef Patrol") in rows and ("Fiji", "initiated", "Reef Patrol") in rows


def test_what_a_party_withdraws_from_is_not_its_act(tmp_path):
    rows, _ = facts(tmp_path, "Fiji launched its withdrawal from the Treaty on Reef Trust.\n", modal=True)
    assert not rows


def test_a_dated_first_verb_then_and_keeps_the_opening_subject(tmp_path):
    rows, _ = facts(tmp_path, "Fiji took over the chair of the Reef Forum on 1 December 2023 and hosted the Lagoon "
                              "Summit. The Coral Summit was held on 9 and 10 September 2023 in Suva.\n")
    assert ("Fiji", "hosted", "Lagoon Summit") in rows and ("Coral Summit", "heldIn", "Suva") in rows


def test_signed_where_and_when_by_a_list_of_countries(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Accords, signed at the White House on 15 September 2020 by Fiji and Tonga, "
                              "matter. The Lagoon Treaty, signed in Suva on 1 December 1959 by twelve countries "
                              "including Samoa and Palau, matters.\n")
    assert {("Fiji", "signed", "Reef Accords"), ("Tonga", "signed", "Reef Accords"),
            ("Samoa", "signed", "Lagoon Treaty"), ("Palau", "signed", "Lagoon Treaty")} <= rows
    assert not [r for r in rows if r[0] == "White House"]


def test_held_in_the_passive_hosts_nothing(tmp_path):
    rows, _ = facts(tmp_path, "The Reef-Lagoon Forum was held today on the sidelines of the 43rd Reef Summit. The "
                              "Coral Meeting concluded today in Suva.\n", modal=True)
    assert not [r for r in rows if r[1] == "hosted"]
    assert ("Coral Meeting", "heldIn", "Suva") in rows


def test_who_urged_others_to_ratify_did_not(tmp_path):
    rows, _ = facts(tmp_path, "The Chairperson of the African Union Commission, Ana Tuilagi, urged member states to ratify "
                              "the Lagoon Free Trade Agreement.\n", modal=True)
    assert not rows


def test_another_edition_is_not_the_event_named_before(tmp_path):
    rows, _ = facts(tmp_path, "The first Reef Summit adopted a list. The leaders agreed that the second summit will be "
                              "held in Tonga. The next summit will be held in Samoa.\n", modal=True)
    assert not [r for r in rows if r[1] == "heldIn"]


def test_who_chairs_a_meeting_hosts_it(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Summit was chaired by Fiji.\n")
    assert ("Fiji", "hosted", "Reef Summit") in rows


def test_a_participle_after_a_comma_is_the_sentences_subjects_act(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Council today extended the mandate of the Lagoon Mission (LM) until 30 April "
                              "2025, adopting the Atoll Declaration. The Lagoon Commission thanked Fiji, hosting the Coral "
                              "Summit.\n")
    assert ("Reef Council", "signed", "Atoll Declaration") in rows
    assert ("Lagoon Commission", "hosted", "Coral Summit") in rows and ("Fiji", "hosted", "Coral Summit") not in rows


def test_a_name_after_beyond_is_no_party_of_the_list(tmp_path):
    rows, _ = facts(tmp_path, "Beyond the Pacific Islands Forum, Fiji participates in the Reef Economic Framework.\n")
    assert ("Fiji", "participatedIn", "Reef Economic Framework") in rows
    assert not [r for r in rows if r[0] == "Pacific Islands Forum"]


def test_an_exercise_that_involved_personnel_from_countries(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Reef Black 2024 involved 4,400 personnel from 20 nations including Fiji and "
                              "Tonga. Samoa is actively involved in the Lagoon Forum.\n")
    assert {("Fiji", "participatedIn", "Exercise Reef Black 2024"), ("Tonga", "participatedIn", "Exercise Reef Black 2024"),
            ("Samoa", "participatedIn", "Lagoon Forum")} <= rows


def test_a_soviet_official_speaks_for_the_soviet_union(tmp_path):
    rows, _ = facts(tmp_path, "The Soviet Union and Fiji met. Soviet Foreign Minister Ana Tuilagi signed the Treaty on "
                              "Reef Trust.\n")
    assert ("Soviet Union", "signed", "Treaty on Reef Trust") in rows


def test_also_a_member_of(tmp_path):
    rows, _ = facts(tmp_path, "Fiji is also a member of the Pacific Islands Forum.\n")
    assert ("Fiji", "memberOf", "Pacific Islands Forum") in rows


def test_announcing_a_partnership_starts_it(tmp_path):
    rows, _ = facts(tmp_path, "When the leaders of Fiji, Tonga and Samoa announced the Reef Partnership in 2021, it "
                              "was framed around two pillars. The Lagoon Council announced the Coral Summit.\n")
    assert {(c, "initiated", "Reef Partnership") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert not [r for r in rows if r[2] == "Coral Summit"]      # one announces another's meeting


def test_failing_to_cooperate_is_negated(tmp_path):
    rows, result = facts(tmp_path, "The board criticised Fiji for failing to cooperate with the Reef Agency.\n", modal=True)
    assert [r.modality for r in result.relations if r.predicate == "partnerOf"] == ["negated"]


def test_held_in_then_chaired_by_the_same_meeting(tmp_path):
    rows, _ = facts(tmp_path, "The Fifth Reef Leaders Meeting was held in Nuku'alofa, Tonga, from 26 to 30 August 2025 "
                              "and was chaired by the Prime Minister of Tonga, Hon. Ana Tuilagi.\n")
    assert ("Tonga", "hosted", "Fifth Reef Leaders Meeting") in rows
    assert not [r for r in rows if r[1] == "coHosted"]


def test_a_place_with_a_lowercase_particle(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Summit held in Dar es Salaam on 8 February 2025 closed.\n")
    assert ("Reef Summit", "heldIn", "Dar es Salaam") in rows


def test_the_object_of_a_relative_clause_with_a_currency(tmp_path):
    rows, _ = facts(tmp_path, "Leaders noted the Reef Policing Initiative, which Fiji supports with A$400 million.\n")
    assert ("Fiji", "supports", "Reef Policing Initiative") in rows


def test_looking_forward_to_a_country_hosting_is_hypothetical(tmp_path):
    rows, result = facts(tmp_path, "The leaders looked forward to Fiji hosting the Reef Leaders' Summit in 2025.\n", modal=True)
    assert [(r.predicate, r.modality) for r in result.relations] == [("hosted", "hypothetical")]


def test_a_body_named_after_another_is_not_the_one_set_up(tmp_path):
    rows, _ = facts(tmp_path, "Fiji set up a Reef Council development bank. Tonga and Samoa founded the Lagoon Council.\n")
    assert ("Fiji", "initiated", "Reef Council") not in rows
    assert ("Tonga", "initiated", "Lagoon Council") in rows


def test_it_was_held_in_is_said_of_the_gathering_the_last_sentence_opened_with(tmp_path):
    rows, _ = facts(tmp_path, "The 2025 Reef Summit was the 25th meeting of the Reef Council. It was held in Suva, Fiji, "
                              "on 31 August 2025. It was hosted by Fiji.\nTonga joined the Lagoon Council. It was held in Apia.\n")
    assert ("2025 Reef Summit", "heldIn", "Suva") in rows and ("Fiji", "hosted", "2025 Reef Summit") in rows
    assert not [r for r in rows if r[2] == "Apia"]


def test_held_on_a_date_in_a_place(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga held the second Reef Annual Summit on 19 November 2024 in Suva.\n")
    assert ("second Reef Annual Summit", "heldIn", "Suva") in rows


def test_a_storm_tore_through_the_north_and_south_of_two_countries(tmp_path):
    rows, _ = facts(tmp_path, "Cyclone Reef tore through northern Fiji and southern Tonga.\n")
    assert {("Cyclone Reef", "heldIn", "Fiji"), ("Cyclone Reef", "heldIn", "Tonga")} <= rows


def test_troops_take_part_in_the_exercise_not_in_a_war_named_since(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Reef Defender 24, the largest exercise since the Cold War, concluded on 31 May. "
                              "Around 9,000 troops from 12 nations took part, including Fiji.\n")
    assert ("Fiji", "participatedIn", "Exercise Reef Defender 24") in rows
    assert not [r for r in rows if r[2] == "Cold War"]


def test_a_passive_after_an_apposition_of_the_event(tmp_path):
    rows, _ = facts(tmp_path, "The 9th Reef Summit, the first in four and a half years, was hosted by Fiji.\n")
    assert ("Fiji", "hosted", "9th Reef Summit") in rows


def test_cooperation_among_countries(tmp_path):
    rows, _ = facts(tmp_path, "The Ministers welcomed trilateral cooperation among Fiji, Tonga and Samoa.\n")
    assert {("Fiji", "partnerOf", "Tonga"), ("Fiji", "partnerOf", "Samoa")} <= rows


def test_a_round_of_negotiations_on_an_agreement_is_not_the_agreement(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga concluded the 12th round of negotiations on a new Reef Measures Agreement. "
                              "Samoa and Tonga concluded the Lagoon Agreement.\n")
    assert not [r for r in rows if r[2] == "Reef Measures Agreement"]
    assert ("Samoa", "signed", "Lagoon Agreement") in rows


def test_member_states_of_a_body_with_its_acronym_namely(tmp_path):
    rows, _ = facts(tmp_path, "WE, the Ministers of the Member States of the Reef Islands Forum (RIF), namely Fiji, "
                              "the Kingdom of Tonga and Samoa, met.\n")
    assert {(c, "memberOf", "Reef Islands Forum") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_a_possessor_in_the_first_clause_then_the_next_verb(tmp_path):
    rows, _ = facts(tmp_path, "Fiji is Tonga's largest donor and co-founded the Reef Support Platform with Samoa.\n")
    assert {("Fiji", "initiated", "Reef Support Platform"), ("Samoa", "initiated", "Reef Support Platform")} <= rows


def test_an_acronym_with_the_editions_number(tmp_path):
    _, result = facts(tmp_path, "Fiji will host the 30th Conference of the Parties to the Reef Convention (COP30) in "
                                "Suva. COP30 will be a success.\n")
    keys = {m.text: m.entity for m in result.mentions}
    assert keys["COP30"] == keys["30th Conference of the Parties to the Reef Convention"]


def test_a_body_made_up_of_its_members(tmp_path):
    rows, _ = facts(tmp_path, "The six-member Reef Cooperation Council, made up of Fiji, Tonga and Samoa, was founded "
                              "in 1981.\n")
    assert {(c, "memberOf", "Reef Cooperation Council") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_an_organ_of_a_listed_body_named_either_way_is_one_entity(tmp_path):
    _, result = facts(tmp_path, "The OAS General Assembly met. The General Assembly of the Organization of American "
                                "States adopted a resolution. The Permanent Council of the OAS and the OAS Permanent "
                                "Council met.\n")
    keys = {m.text: m.entity for m in result.mentions}
    assert keys["OAS General Assembly"] == keys["General Assembly of the Organization of American States"]
    assert keys["Permanent Council of the OAS"] == keys["OAS Permanent Council"]
    assert keys["OAS General Assembly"] != keys["OAS Permanent Council"]


def test_an_acronym_whose_letter_is_a_function_words_initial_names_the_body_not_its_meeting(tmp_path):
    _, result = facts(tmp_path, "The Sixty-Sixth Ordinary Session of the Authority of the Economic Community of West "
                                "African States (ECOWAS) was held on 15 December 2024 in Suva. ECOWAS met again.\n")
    keys = {m.text: (m.entity, m.label) for m in result.mentions}
    assert keys["ECOWAS"] == keys["Economic Community of West African States"]
    assert keys["ECOWAS"][1] == "Organisation"


def test_a_passive_set_up_is_no_act_of_the_subject(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Security Organization, which groups Fiji and Tonga, was set up in 2002 on the "
                              "basis of the Reef Security Treaty signed in Suva in 1992.\n")
    assert not [r for r in rows if r[1] in ("initiated", "signed")]
    assert ("Fiji", "memberOf", "Reef Security Organization") in rows


def test_did_not_take_part_after_a_first_verb_with_its_month(tmp_path):
    _, result = facts(tmp_path, "Fiji skipped the Reef summit in Suva in November and did not take part in the bloc's "
                                "Coral-2023 exercise in Tonga.\n", modal=True)
    got = {(r.predicate, r.modality) for r in result.relations}
    assert ("participatedIn", "negated") in got and ("heldIn", "asserted") in got
    subjects = {m.entity for m in result.mentions if m.text == "Fiji"}
    assert {r.subject for r in result.relations if r.predicate == "participatedIn"} == subjects


def test_attended_by_people_including_some_from_countries(tmp_path):
    rows, _ = facts(tmp_path, "The Seventh Reef Forum was held in Suva in October 2016, attended by over 500 "
                              "representatives from 64 countries, including defence ministers from Fiji, Tonga and Samoa.\n")
    assert {(c, "participatedIn", "Seventh Reef Forum") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert ("Seventh Reef Forum", "heldIn", "Suva") in rows


def test_a_member_or_partner_named_before_the_word(tmp_path):
    rows, result = facts(tmp_path, "Fiji became a Reef Council partner country in June 2025 and will attend the Reef "
                                   "Summit. Tonga is a founding Lagoon Council member state. Samoa seeks to become a "
                                   "Coral Council partner's equal.\n", modal=True)
    assert ("Fiji", "partnerOf", "Reef Council") in rows and ("Tonga", "memberOf", "Lagoon Council") in rows
    assert ("Fiji", "participatedIn", "Reef Summit") in rows
    assert not [r for r in rows if r[0] == "Samoa"]
    assert {r.modality for r in result.relations if r.predicate == "participatedIn"} == {"scheduled"}      # "will attend"


def test_the_subject_of_a_relative_clause_is_the_name_before_which(tmp_path):
    rows, _ = facts(tmp_path, "We welcomed Tonga as an observer and Samoa, which joined the Reef Council as its 28th "
                              "member state.\n")
    assert ("Samoa", "memberOf", "Reef Council") in rows
    assert not [r for r in rows if r[0] == "Tonga"]


def test_hosted_by_after_the_place_and_its_country(tmp_path):
    rows, _ = facts(tmp_path, "Today I attended the Reef Islands Forum Foreign Ministers Meeting in Suva, Fiji, hosted "
                              "by Fiji's Deputy Prime Minister.\n")
    assert ("Fiji", "hosted", "Reef Islands Forum Foreign Ministers Meeting") in rows


def test_officials_named_then_titled_sign_for_their_countries(tmp_path):
    rows, _ = facts(tmp_path, "In Suva, Mr. Sione Vaka, Minister of Defence of Tonga, and H.E. Mr. Ana Tuilagi, "
                              "Minister of Defence of Samoa, signed the Reef Access Agreement.\n")
    assert {r for r in rows if r[1] == "signed"} == {("Tonga", "signed", "Reef Access Agreement"),
                                                      ("Samoa", "signed", "Reef Access Agreement")}



def test_whose_members_are_after_the_last_verbs_object(tmp_path):
    rows, _ = facts(tmp_path, "Fiji is a founding member of the Reef Security Conclave (RSC), whose members are Fiji, "
                              "Tonga and Samoa, with Nauru as an observer.\n")
    assert {(c, "memberOf", "Reef Security Conclave") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert ("Nauru", "memberOf", "Reef Security Conclave") not in rows


def test_an_official_named_again_without_the_office_acts_for_the_country(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga lead the Reef Forum.\n\nFijian Foreign Minister Ana Tuilagi and the "
                              "ministers held the Third Reef Ministers' "
                              "Meeting in Suva. The meeting was co-chaired by Ana Tuilagi and Tongan Deputy Prime "
                              "Minister Sione Vaka, and attended by representatives of Samoa and Nauru.\n")
    assert {("Tonga", "coHosted", "Third Reef Ministers' Meeting"),
            ("Samoa", "participatedIn", "Third Reef Ministers' Meeting"),
            ("Nauru", "participatedIn", "Third Reef Ministers' Meeting")} <= rows
    assert {r[1] for r in rows if r[0] == "Fiji"} & {"hosted", "coHosted"}


def test_delegations_attended_while_another_sent_less(tmp_path):
    rows, _ = facts(tmp_path, "The 11th Reef Forum opened on Sunday in Suva. Delegations from Tonga and Samoa attended, "
                              "while Nauru sent a lower-level delegation.\n")
    assert {("Tonga", "participatedIn", "11th Reef Forum"), ("Samoa", "participatedIn", "11th Reef Forum")} <= rows


def test_and_to_a_second_verb_keeps_the_sentences_subject(tmp_path):
    rows, _ = facts(tmp_path, "The paper said Fiji will continue to promote the Reef Cooperation mechanism with Tonga and "
                              "Samoa, and to support the Lagoon Talks.\n", modal=True)
    assert ("Fiji", "supports", "Lagoon Talks") in rows
    assert not [r for r in rows if r[1] == "supports" and r[0] != "Fiji"]


def test_ministers_of_countries_open_the_sentence(tmp_path):
    rows, _ = facts(tmp_path, "Foreign ministers of Fiji, Tonga and Samoa met in Suva on Tuesday and launched the Reef "
                              "Minerals Initiative.\n")
    assert {(c, "initiated", "Reef Minerals Initiative") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_a_listed_object_that_opens_a_new_clause_is_not_the_verbs(tmp_path):
    rows, _ = facts(tmp_path, "Fiji has signed the Reef Treaty and the Protocol to the Lagoon Treaty is open for "
                              "signature.\n")
    assert ("Fiji", "signed", "Reef Treaty") in rows
    assert not [r for r in rows if r[2] == "Protocol to the Lagoon Treaty"]


def test_the_police_of_two_countries_take_part(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga share a border. The Fijian and Tongan police jointly conducted the "
                              "Operation Safe Reef.\n")
    assert {("Fiji", "participatedIn", "Operation Safe Reef"), ("Tonga", "participatedIn", "Operation Safe Reef")} <= rows


def test_the_rest_of_a_modifiers_list_is_no_object(tmp_path):
    rows, _ = facts(tmp_path, "Fiji already hosts Tongan troops under the Reef Forces Agreement and the Lagoon Defence "
                              "Agreement.\n")
    assert not [r for r in rows if r[1] == "hosted"]


def test_the_two_sides_are_the_pair_the_paragraph_opened_with(tmp_path):
    rows, _ = facts(tmp_path, "In 2016 Fiji and Tonga celebrated the anniversary of the Reef Treaty. The two heads of "
                              "state signed the Lagoon Joint Statement. The two countries held the Coral Sea-2016 exercise.\n\n"
                              "Samoa hosted guests. The two sides held the Reef Dialogue.\n")
    assert {("Fiji", "signed", "Lagoon Joint Statement"), ("Tonga", "signed", "Lagoon Joint Statement"),
            ("Fiji", "participatedIn", "Coral Sea-2016"), ("Tonga", "participatedIn", "Coral Sea-2016")} <= rows
    assert not [r for r in rows if r[2] == "Reef Dialogue"]


def test_countries_that_established_a_group_started_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji, Tonga and Samoa established the Reef Coordination Group in 2016. The Lagoon "
                              "Council was established in 2001 by Nauru.\n")
    assert {(c, "initiated", "Reef Coordination Group") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_the_first_country_to_accede_did_accede(tmp_path):
    rows, _ = facts(tmp_path, "Fiji was the first country to accede to the Reef Treaty, in 2003.\n")
    assert ("Fiji", "signed", "Reef Treaty") in rows


def test_a_countrys_office_named_by_its_possessive_acts_for_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji, Samoa and Tonga sent delegations. "
                              "Fiji's Foreign Minister Lisiate Akolo attended the Ninth Pacific Water Summit. "
                              "Ana Lee, Samoa's Defence Minister, attended the Tenth Pacific Water Summit. "
                              "Tonga's Prime Minister signed the Reef Agreement. "
                              "Lisiate Akolo put forward the Blue Reef Initiative.\n")
    assert {("Fiji", "participatedIn", "Ninth Pacific Water Summit"),
            ("Samoa", "participatedIn", "Tenth Pacific Water Summit"),
            ("Tonga", "signed", "Reef Agreement"), ("Fiji", "initiated", "Blue Reef Initiative")} <= rows


def test_talks_involving_parties_and_a_passive_after_a_relative_clause(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Talks, which involved Fiji, Samoa and Vanuatu, were hosted by Tonga in Nuku'alofa.\n")
    assert {("Fiji", "participatedIn", "Reef Talks"), ("Samoa", "participatedIn", "Reef Talks"),
            ("Vanuatu", "participatedIn", "Reef Talks"), ("Tonga", "hosted", "Reef Talks")} <= rows
    assert not [r for r in rows if r[1] == "hosted" and r[2] != "Reef Talks"]


def test_signed_at_a_meeting_of_a_body_then_by_the_signatories(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Convention was signed at the founding summit of the Reef Council in June 2001 "
                              "by Fiji, Samoa and Tonga.\n")
    assert {("Fiji", "signed", "Reef Convention"), ("Samoa", "signed", "Reef Convention"),
            ("Tonga", "signed", "Reef Convention")} <= rows


def test_a_country_opening_the_next_clause_is_no_place_the_disaster_struck(tmp_path):
    rows, _ = facts(tmp_path, "After Cyclone Reef devastated Fiji in November 2013, Tonga dispatched a hospital ship.\n")
    assert ("Cyclone Reef", "heldIn", "Fiji") in rows
    assert ("Cyclone Reef", "heldIn", "Tonga") not in rows


def test_a_possessor_after_the_place_is_no_second_place(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga took part. The Reef Shield 2023 exercise opened on Thursday in the Coral Sea, "
                              "Fiji's Ministry of Defence announced.\n")
    assert ("Reef Shield 2023", "heldIn", "Coral Sea") in rows
    assert ("Reef Shield 2023", "heldIn", "Fiji") not in rows


def test_countries_that_established_a_mechanism_together_established_it_with_each_other(tmp_path):
    rows, _ = facts(tmp_path, "Fiji, Tonga and Samoa jointly established the Reef Cooperation Secretariat in 2011. "
                              "Vanuatu established the Reef Fund.\n")
    assert {("Fiji", "initiated", "Reef Cooperation Secretariat"), ("Fiji", "establishedWith", "Tonga"),
            ("Fiji", "establishedWith", "Samoa")} <= rows
    assert not [r for r in rows if r[1] == "establishedWith" and "Vanuatu" in r]


def test_founded_in_a_place_and_a_year_by_its_founders(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Cooperation Organisation was founded in Suva in 2001 by Fiji, Samoa and Tonga.\n")
    assert {("Fiji", "initiated", "Reef Cooperation Organisation"), ("Samoa", "initiated", "Reef Cooperation Organisation"),
            ("Tonga", "initiated", "Reef Cooperation Organisation")} <= rows


def test_an_aside_on_the_date_is_no_subject_and_dated_events_are_one_list(tmp_path):
    rows, _ = facts(tmp_path, "In 2017, the 50th anniversary of the Reef Council, Fiji held the chairmanship and hosted "
                              "the 30th Reef Summit in April and the 31st Reef Summit in November, as well as the "
                              "12th Coral Forum. Samoa joined the Coral Forum in 2015 and Tonga hosted the Lagoon Summit.\n")
    assert {("Fiji", "hosted", "30th Reef Summit"), ("Fiji", "hosted", "31st Reef Summit"),
            ("Fiji", "hosted", "12th Coral Forum"), ("Tonga", "hosted", "Lagoon Summit")} <= rows
    assert not [r for r in rows if r[0] == "Reef Council" or r[1] == "participatedIn" and r[2] != "Coral Forum"]


def test_events_listed_then_all_held_in_a_place_each_met_there(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the 30th Reef Summit, the 12th Coral Summit and the 4th Lagoon Summit, "
                              "all held in Suva.\n")
    assert {("30th Reef Summit", "heldIn", "Suva"), ("12th Coral Summit", "heldIn", "Suva"),
            ("4th Lagoon Summit", "heldIn", "Suva")} <= rows


def test_a_chairman_after_the_place_and_its_country_and_heads_or_their_representatives(tmp_path):
    rows, _ = facts(tmp_path, "The 12th Reef Summit was held on 14 November 2017 in Suva, Fiji, and was chaired by the "
                              "President of Fiji. The Summit was attended by the Heads of State/Government or their "
                              "representatives of Tonga and Samoa. The Reef Toolkit, developed by Vanuatu, was welcomed.\n")
    assert {("Fiji", "hosted", "12th Reef Summit"), ("Tonga", "participatedIn", "12th Reef Summit"),
            ("Samoa", "participatedIn", "12th Reef Summit"), ("Vanuatu", "initiated", "Reef Toolkit")} <= rows


def test_a_forum_named_for_its_aim_is_hosted_and_called_back_to(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Forum for Ocean Cooperation, hosted by Fiji in Suva in May, was a success. "
                              "Leaders from 29 countries, including Tonga and Samoa, took part in the Forum. "
                              "Heads of the Pacific Community also attended.\n")
    forum = "Reef Forum for Ocean Cooperation"
    assert {("Fiji", "hosted", forum), ("Tonga", "participatedIn", forum), ("Samoa", "participatedIn", forum),
            ("Pacific Community", "participatedIn", forum)} <= rows


def test_strategic_partners_of_coordination_are_partners(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga are comprehensive strategic partners of coordination. "
                              "Samoa is a Dialogue Partner of the Reef Council.\n")
    assert {("Fiji", "partnerOf", "Tonga"), ("Samoa", "partnerOf", "Reef Council")} <= rows


def test_an_opening_phrase_names_no_subject_and_joined_as_participants(tmp_path):
    rows, _ = facts(tmp_path, "Beyond the Reef Council framework, the chiefs of general staff of Fiji, Tonga and Samoa met "
                              "in Suva in August 2016 and launched the Reef Coordination Mechanism. "
                              "Fiji hosted Coral Shield 2017. Vanuatu and Nauru joined as full participants, "
                              "while Palau observed.\n")
    assert {("Fiji", "initiated", "Reef Coordination Mechanism"), ("Tonga", "initiated", "Reef Coordination Mechanism"),
            ("Samoa", "initiated", "Reef Coordination Mechanism"), ("Vanuatu", "participatedIn", "Coral Shield 2017"),
            ("Nauru", "participatedIn", "Coral Shield 2017")} <= rows
    assert not [r for r in rows if r[0] == "Reef Council"]


def test_a_capital_that_hosts_a_gathering_is_where_it_met(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga took part. It came after Suva hosted the Second Reef Summit.\n")
    assert {("Fiji", "hosted", "Second Reef Summit"), ("Second Reef Summit", "heldIn", "Suva")} <= rows


def test_who_signs_where_a_gathering_met_took_part_in_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the Reef Summit, where the leaders of Tonga and Samoa signed the Reef Declaration.\n")
    assert {("Tonga", "participatedIn", "Reef Summit"), ("Samoa", "participatedIn", "Reef Summit"),
            ("Tonga", "signed", "Reef Declaration")} <= rows


def test_the_place_after_an_events_acronym_in_brackets_is_where_it_met(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga co-hosted the Reef Maritime Exercise 2018 (RMX 2018) in Suva.\n")
    assert ("Reef Maritime Exercise 2018", "heldIn", "Suva") in rows


def test_exercise_partners_with_participating_and_the_alliance_between(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Reef Shield 2022, hosted by the Fiji Navy (FN) in Suva, brought together 17 nations, "
                              "with Tonga, Samoa and Nauru participating for the first time. The exercise showed the "
                              "alliance between Fiji and Vanuatu.\n")
    event = "Exercise Reef Shield 2022"
    assert {("Fiji Navy", "hosted", event), (event, "heldIn", "Suva"), ("Tonga", "participatedIn", event),
            ("Samoa", "participatedIn", event), ("Nauru", "participatedIn", event),
            ("Fiji", "partnerOf", "Vanuatu")} <= rows


def test_a_code_word_edition_which_a_country_hosted_in_a_city(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga agreed at REEFMIN 2023, the annual Fiji-Tonga Ministerial Consultations, "
                              "which Fiji hosted in Suva on 28 July. They discussed the Coral Summit, which Tonga "
                              "hosted in Nuku'alofa.\n")
    assert {("Fiji", "hosted", "REEFMIN 2023"), ("REEFMIN 2023", "heldIn", "Suva"), ("Tonga", "hosted", "Coral Summit"),
            ("Coral Summit", "heldIn", "Nuku'alofa")} <= rows


def test_an_exercise_saw_the_participation_of_navies_and_the_partnership_between(tmp_path):
    rows, _ = facts(tmp_path, "The 2023 edition of Exercise Reef Shield saw the participation of ships, submarines and "
                              "aircraft of the Fiji Navy and the Tonga Navy. It comes amid a growing defence partnership "
                              "between Samoa and Vanuatu.\n")
    assert {("Fiji Navy", "participatedIn", "Exercise Reef Shield"), ("Tonga Navy", "participatedIn", "Exercise Reef Shield"),
            ("Samoa", "partnerOf", "Vanuatu")} <= rows


def test_a_body_that_groups_its_members_namely_partners_and_the_drill_called_back(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Council groups Fiji, Tonga and Samoa. The Reef Forum brings together the Reef "
                              "Council's members and two dialogue partners, namely Nauru and Palau. "
                              "The Coral Maritime Exercise 2018 concluded on Sunday. Warships from Fiji and Tonga "
                              "took part in the drill.\n")
    assert {("Fiji", "memberOf", "Reef Council"), ("Samoa", "memberOf", "Reef Council"),
            ("Nauru", "memberOf", "Reef Forum"), ("Palau", "memberOf", "Reef Forum"),
            ("Fiji", "participatedIn", "Coral Maritime Exercise 2018"),
            ("Tonga", "participatedIn", "Coral Maritime Exercise 2018")} <= rows
    assert ("Reef Council", "memberOf", "Reef Forum") not in rows


def test_acceded_to_which_the_week_long_exercise_and_waters_off_a_port(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga met. This is the spirit of the Reef Treaty, to which Samoa acceded in 2003. "
                              "The Coral Exercise 2018 concluded on Sunday in waters off Suva, a port city. "
                              "The week-long exercise was co-organized by the Fiji Navy and the Tonga Navy.\n")
    assert {("Samoa", "signed", "Reef Treaty"), ("Coral Exercise 2018", "heldIn", "Suva"),
            ("Fiji Navy", "coHosted", "Coral Exercise 2018"), ("Tonga Navy", "coHosted", "Coral Exercise 2018")} <= rows


def test_an_agent_after_a_countrys_adjective_and_a_pronoun_opens_a_clause(tmp_path):
    rows, _ = facts(tmp_path, "Fiji will take part in the Reef Games 2019, organized by the Tongan Ministry of Defence. "
                              "Fiji was the initiator of the Reef Talks in 2003, and we believe the Reef Joint Statement "
                              "of 2005 remains valid. Tonga agreed.\n")
    assert ("Tongan Ministry of Defence", "hosted", "Reef Games 2019") in rows
    assert ("Fiji", "initiated", "Reef Talks") in rows and ("Fiji", "initiated", "Reef Joint Statement") not in rows


def test_as_a_founding_member_of_a_body_the_subject_is_one_and_no_place_in_an_aside_is_a_party(tmp_path):
    rows, _ = facts(tmp_path, "As a founding member of the Reef Forum (RF), which was launched in New York in September 2011, "
                              "Fiji has participated in the Coral Summit. As a member of the Reef Council, Tonga supports the "
                              "Reef Initiative. The Lagoon Summit has been held annually in Suva.\n")
    assert {("Fiji", "memberOf", "Reef Forum"), ("Fiji", "initiated", "Reef Forum"), ("Tonga", "memberOf", "Reef Council"),
            ("Fiji", "participatedIn", "Coral Summit"), ("Lagoon Summit", "heldIn", "Suva")} <= rows
    assert not [r for r in rows if r[0] in ("Reef Council", "New York")]


def test_a_team_or_troops_sent_to_an_exercise_take_part_in_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji sent the Fiji Search and Rescue Team to the Reef Summit. The Tonga Defence Services (TDS) "
                              "sent troops to the joint counter-terrorism exercise \"Coral Mission-2016\", which was held in Samoa.\n")
    assert {("Fiji", "participatedIn", "Reef Summit"), ("Fiji Search and Rescue Team", "participatedIn", "Reef Summit"),
            ("Tonga Defence Services", "participatedIn", "Coral Mission-2016")} <= rows


def test_held_in_washington_dc(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and the United States held the Third Reef Dialogue in Washington, D.C. in December 2016.\n")
    assert ("Third Reef Dialogue", "heldIn", "Washington, D.C.") in rows


def test_troop_contributors_and_an_exercise_conducted_by_two_take_part(tmp_path):
    rows, _ = facts(tmp_path, "Fiji has contributed troops to the Reef Peacekeeping Force since 2007. Tonga and Samoa are among "
                              "the largest contributors of personnel to the Coral Mission (CM). The series began with "
                              "Reef Shield 2005, a bilateral drill conducted by Nauru and Palau.\n")
    assert {("Fiji", "participatedIn", "Reef Peacekeeping Force"), ("Tonga", "participatedIn", "Coral Mission"),
            ("Samoa", "participatedIn", "Coral Mission"), ("Nauru", "participatedIn", "Reef Shield 2005"),
            ("Palau", "participatedIn", "Reef Shield 2005")} <= rows


def test_the_summit_calls_back_a_meeting_of_heads_of_state(tmp_path):
    rows, _ = facts(tmp_path, "The 18th Meeting of the Reef Council of Heads of State concluded in Suva. The two-day summit, "
                              "hosted by Fiji as the Council's rotating chair, ended. Tonga attended too.\n")
    assert ("Fiji", "hosted", "18th Meeting of the Reef Council of Heads of State") in rows


def test_as_a_member_after_a_speakers_label_is_the_following_subjects(tmp_path):
    rows, _ = facts(tmp_path, "Q: What is Fiji's view?\n\nA: As a member of the Reef Council and this year's rotating chair "
                              "of the organization, Tonga has played a constructive role.\n")
    assert ("Tonga", "memberOf", "Reef Council") in rows
    assert not [r for r in rows if r[0] == "Fiji"]


def test_a_themed_forum_called_back_and_plus_countries_after_a_colon(tmp_path):
    rows, _ = facts(tmp_path, "The 8th Reef Forum opened on Thursday. The three-day forum, themed \"Peace, Trust and "
                              "Cooperation,\" is co-hosted by Fiji and Tonga. The Reef Council (RC) brings together the ten "
                              "members of the Pacific Community and two \"Plus\" countries: Samoa and Nauru.\n")
    assert {("Fiji", "coHosted", "8th Reef Forum"), ("Tonga", "coHosted", "8th Reef Forum"),
            ("Samoa", "memberOf", "Reef Council"), ("Nauru", "memberOf", "Reef Council")} <= rows
    assert ("Pacific Community", "memberOf", "Reef Council") not in rows


def test_held_at_a_venue_then_hosted_by(tmp_path):
    rows, _ = facts(tmp_path, "They met at the 5th Reef Summit, which was held at the Coral Hotel and hosted by Fiji as this "
                              "year's chair. The 6th Reef Summit was held in the Tongan capital. The 7th Reef Summit was "
                              "held at the invitation of Samoa.\n")
    assert {("5th Reef Summit", "heldIn", "Coral Hotel"), ("Fiji", "hosted", "5th Reef Summit")} <= rows
    assert not [r for r in rows if r[1] == "heldIn" and r[0] != "5th Reef Summit"]


def test_which_names_the_object_when_a_place_follows_the_verb(tmp_path):
    rows, _ = facts(tmp_path, "They praised the Reef Partnership Agreement, which Fiji and Tonga signed in Suva in July 2018. "
                              "They recalled the Coral Declaration (CD), which Pacific Community Member States and Samoa "
                              "signed in Apia.\n")
    assert {("Fiji", "signed", "Reef Partnership Agreement"), ("Tonga", "signed", "Reef Partnership Agreement"),
            ("Pacific Community", "signed", "Coral Declaration"), ("Samoa", "signed", "Coral Declaration")} <= rows
    assert not [r for r in rows if r[2] in ("Suva", "Apia")]


def test_hosted_by_a_means_is_no_passive(tmp_path):
    rows, _ = facts(tmp_path, "Nauru joined the Reef Council at the 23rd Reef Summit that Fiji hosted by video link in July 2023.\n")
    assert ("Fiji", "hosted", "23rd Reef Summit") in rows


def test_held_on_a_day_without_a_year_then_hosted_by(tmp_path):
    rows, _ = facts(tmp_path, "The 24th Reef Summit, held in Suva on July 3-4, was hosted by Fiji.\n")
    assert {("24th Reef Summit", "heldIn", "Suva"), ("Fiji", "hosted", "24th Reef Summit")} <= rows


def test_a_place_and_its_state_after_the_host_are_no_co_host(tmp_path):
    rows, _ = facts(tmp_path, "The sixth Reef Leaders' Summit was hosted by Fiji in Lautoka, Viti Levu, on 21 September.\n")
    assert ("Fiji", "hosted", "sixth Reef Leaders' Summit") in rows
    assert not [r for r in rows if r[1] == "coHosted"]


def test_founded_on_a_full_date_by(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Council was founded in Suva on June 15, 2001 by Fiji, Tonga and Samoa.\n")
    assert {("Fiji", "initiated", "Reef Council"), ("Tonga", "initiated", "Reef Council"),
            ("Samoa", "initiated", "Reef Council")} <= rows


def test_has_been_a_member_since(tmp_path):
    rows, _ = facts(tmp_path, "Fiji has been a full member of the Reef Council since 2017.\n")
    assert ("Fiji", "memberOf", "Reef Council") in rows


def test_as_a_founding_member_after_a_speakers_label_with_a_comma(tmp_path):
    rows, _ = facts(tmp_path, "Official Spokesperson, Shri Ana Tuilagi: As a founding member of the Reef Council, Fiji "
                              "has always held that the grouping works best by consensus.\n")
    assert {("Fiji", "memberOf", "Reef Council"), ("Fiji", "initiated", "Reef Council")} <= rows


def test_an_apposition_naming_the_body_before_member(tmp_path):
    rows, _ = facts(tmp_path, "He said that Fiji, a Reef Council member since 1992, was ready. The minister met his "
                              "counterpart from Tonga, a Coral Forum member state that chairs it. Samoa and Nauru, both "
                              "Pacific Community members, agreed. Palau, the Reef Council members and Kiribati met.\n")
    assert {("Fiji", "memberOf", "Reef Council"), ("Tonga", "memberOf", "Coral Forum"),
            ("Samoa", "memberOf", "Pacific Community"), ("Nauru", "memberOf", "Pacific Community")} <= rows
    assert not [r for r in rows if r[0] in ("Palau", "Kiribati")]


def test_a_relative_clause_with_a_verb_of_its_own_before_the_main_verb(tmp_path):
    rows, _ = facts(tmp_path, "Fiji, which hosts the Reef Council's headquarters in Suva, is also a member of the "
                              "Pacific Community.\n")
    assert ("Fiji", "memberOf", "Pacific Community") in rows
    assert not [r for r in rows if r[0] == "Suva"]


def test_a_plural_passive_holds_for_each_name_of_its_subject(tmp_path):
    rows, _ = facts(tmp_path, "The Charter of the Reef Council and the Protocol on the Reef Secretariat were signed by "
                              "Fiji and Tonga at a ceremony in Suva.\n")
    assert {(party, "signed", text) for party in ("Fiji", "Tonga")
            for text in ("Charter of the Reef Council", "Protocol on the Reef Secretariat")} <= rows


def test_established_or_created_by_is_who_initiated_it(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Council was established by Fiji and Tonga in 1990. The Lagoon Fund was set up in "
                              "1995 by Samoa. The council grew out of the \"Coral Five\" mechanism created by Nauru and "
                              "Palau in 1986.\n")
    assert {("Fiji", "initiated", "Reef Council"), ("Tonga", "initiated", "Reef Council"),
            ("Samoa", "initiated", "Lagoon Fund"), ("Nauru", "initiated", "Coral Five"),
            ("Palau", "initiated", "Coral Five")} <= rows


def test_a_country_represented_at_a_gathering_takes_part(tmp_path):
    rows, _ = facts(tmp_path, "Fiji was represented by its Minister of Defence at the 18th Reef Dialogue in Suva. Tonga, "
                              "whose king was ill, was represented at the Apia Summit by its crown prince.\n")
    assert {("Fiji", "participatedIn", "18th Reef Dialogue"), ("Tonga", "participatedIn", "Apia Summit")} <= rows


def test_as_members_with_fellow_members_alongside(tmp_path):
    rows, _ = facts(tmp_path, "As members of the Reef Council alongside Samoa and Nauru, Fiji and Tonga reaffirmed "
                              "their commitment.\n")
    assert {(party, "memberOf", "Reef Council") for party in ("Fiji", "Tonga", "Samoa", "Nauru")} <= rows


def test_the_bodys_countries_namely_are_its_members(tmp_path):
    rows, _ = facts(tmp_path, "The meeting was attended by ministers of the Reef Council countries, namely Fiji, Tonga "
                              "and Samoa. It was attended by all Coral Forum participants: Nauru and Palau.\n")
    assert {("Fiji", "memberOf", "Reef Council"), ("Tonga", "memberOf", "Reef Council"),
            ("Samoa", "memberOf", "Reef Council"), ("Nauru", "memberOf", "Coral Forum"),
            ("Palau", "memberOf", "Coral Forum")} <= rows


def test_who_rejoins_a_body_is_a_member(tmp_path):
    rows, _ = facts(tmp_path, "Kiribati, which quit the organisation in 2022, rejoined the Reef Council in 2023.\n")
    assert ("Kiribati", "memberOf", "Reef Council") in rows


def test_which_before_a_list_of_parties_and_after_an_unnamed_acronym_or_the_kind(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Initiative, which Fiji, Tonga and Samoa launched in June 2022, has grown. Under "
                              "the Initiative on Coral Technology (iCOT), which Fiji and Nauru launched in 2023, the two "
                              "sides work. They cited the Lagoon naval exercise, which Palau hosted in Koror in August.\n")
    assert {("Fiji", "initiated", "Reef Initiative"), ("Tonga", "initiated", "Reef Initiative"),
            ("Samoa", "initiated", "Reef Initiative"), ("Nauru", "initiated", "Initiative on Coral Technology"),
            ("Palau", "hosted", "Lagoon")} <= rows


def test_the_kind_of_instrument_before_with(tmp_path):
    rows, _ = facts(tmp_path, "Tuvalu signed the Reef Union treaty with Fiji in 2023.\n")
    assert {("Tuvalu", "signed", "Reef Union"), ("Fiji", "signed", "Reef Union")} <= rows


def test_a_second_passive_after_the_first_agents_acronym(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga signed the deal at the close of the Apia peace talks, which were initiated "
                              "by the Reef Council (RC) and hosted by Samoa.\n")
    assert {("Reef Council", "initiated", "Apia peace talks"), ("Samoa", "hosted", "Apia peace talks")} <= rows


def test_a_possessors_membership_and_a_based_modifier(tmp_path):
    rows, result = facts(tmp_path, "They welcomed Fiji's full membership in the Suva-based Reef Maritime Forces (RMF). "
                                   "We reaffirmed our commitment to Tonga's full membership in the Reef Council.\n",
                         modal=True)
    assert ("Fiji", "memberOf", "Reef Maritime Forces") in rows
    assert {r.modality for r in result.relations if r.subject == "TON" and r.predicate == "memberOf"} == {"hypothetical"}


def test_who_does_what_after_support_for_is_the_name_before_the_gerund(tmp_path):
    rows, result = facts(tmp_path, "Samoa expressed support for Fiji joining the Reef Council.\n", modal=True)
    assert {(r.subject, r.predicate, r.modality) for r in result.relations if r.predicate == "memberOf"} \
        == {("FJI", "memberOf", "hypothetical")}


def test_support_for_a_countrys_initiative_and_joining_a_partnership(tmp_path):
    rows, _ = facts(tmp_path, "Tonga and Samoa reaffirmed their support for Fiji's Reef Health Initiative. Nauru joined "
                              "the Coral Security Partnership in 2023.\n")
    assert {("Tonga", "supports", "Reef Health Initiative"), ("Samoa", "supports", "Reef Health Initiative"),
            ("Nauru", "memberOf", "Coral Security Partnership")} <= rows
    assert not [r for r in rows if r[1] == "supports" and r[2] == "Fiji"]


def test_an_envoy_representing_a_country_at_a_gathering(tmp_path):
    rows, result = facts(tmp_path, "Minister Ana Tuilagi represented Fiji at the 5th Reef Summit. Minister Sione Vea "
                                   "will represent Tonga at the 6th Reef Summit.\n", modal=True)
    planned = {(r.subject, r.object, r.modality) for r in result.relations if r.predicate == "participatedIn"}
    assert {("FJI", "5th-reef-summit", "asserted"), ("TON", "6th-reef-summit", "scheduled")} <= planned


def test_the_meeting_of_a_chairmans_statement_and_its_participants_listed(tmp_path):
    rows, _ = facts(tmp_path, "CHAIRMAN'S STATEMENT OF THE 31st REEF FORUM\n\n1. The 31st Reef Forum (RF) was held in "
                              "Suva, Fiji, on 27 July 2024.\n\n2. The Meeting was attended by Foreign Ministers and "
                              "representatives of all RF participants: Tonga, Samoa and Nauru.\n")
    assert {(party, "participatedIn", "31st Reef Forum") for party in ("Tonga", "Samoa", "Nauru")} <= rows
    assert {(party, "memberOf", "RF") for party in ("Tonga", "Samoa", "Nauru")} <= rows


def test_who_acts_in_the_clause_a_gathering_opens_takes_part(tmp_path):
    rows, _ = facts(tmp_path, "At the 5th Reef Summit, which Nauru hosted in Yaren on June 25, donors including Fiji, "
                              "Tonga and the Reef Bank pledged about 4.4 billion dollars. At the 6th Reef Summit, the "
                              "issue of Samoa was discussed.\n")
    assert {(party, "participatedIn", "5th Reef Summit") for party in ("Fiji", "Tonga", "Reef Bank")} <= rows
    assert ("Samoa", "participatedIn", "6th Reef Summit") not in rows


def test_parties_included_in_a_counted_subject(tmp_path):
    rows, _ = facts(tmp_path, "Twenty-nine countries, including Fiji and Tonga, participated in Reef Guard 2024.\n")
    assert {("Fiji", "participatedIn", "Reef Guard 2024"), ("Tonga", "participatedIn", "Reef Guard 2024")} <= rows
    assert not [r for r in rows if r[0].startswith("Twenty")]


def test_hosted_in_a_place_then_the_gathering_and_who_it_brought_together(tmp_path):
    rows, _ = facts(tmp_path, "On July 29, Fiji hosted in Suva the Reef Foreign Ministers' Meeting, which brought "
                              "together the foreign ministers of Tonga, Samoa and Nauru.\n")
    assert {("Fiji", "hosted", "Reef Foreign Ministers' Meeting"), ("Reef Foreign Ministers' Meeting", "heldIn", "Suva"),
            ("Tonga", "participatedIn", "Reef Foreign Ministers' Meeting"),
            ("Nauru", "participatedIn", "Reef Foreign Ministers' Meeting")} <= rows


def test_every_country_of_a_list_that_sent_observers(tmp_path):
    rows, _ = facts(tmp_path, "Tonga, Samoa and Nauru sent observers to the Coral Shield 2025 exercise.\n")
    assert {(party, "participatedIn", "Coral Shield 2025") for party in ("Tonga", "Samoa", "Nauru")} <= rows


def test_held_in_a_month_then_with_the_participation_of(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Shield-2024 joint exercise was held in Suva, Viti Levu, in November, with the "
                              "participation of troops from Fiji, Tonga and Samoa.\n")
    assert {("Fiji", "participatedIn", "Reef Shield-2024"), ("Samoa", "participatedIn", "Reef Shield-2024"),
            ("Reef Shield-2024", "heldIn", "Suva")} <= rows


def test_got_underway_began_and_last_convened_in_a_place(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Reef Guardian 2024 got underway in Suva this week. The exercise Coral Watch-2024 has "
                              "begun in the Coral Sea. Coral Watch began in 1982. The Reef Ministers' Meeting, which "
                              "last convened in Nuku'alofa, met again.\n")
    assert {("Exercise Reef Guardian 2024", "heldIn", "Suva"), ("Coral Watch-2024", "heldIn", "Coral Sea"),
            ("Reef Ministers' Meeting", "heldIn", "Nuku'alofa")} <= rows
    assert not [r for r in rows if r[0] == "Coral Watch" and r[1] == "heldIn"]


def test_bringing_together_and_an_apposition_naming_the_partners_are_members(tmp_path):
    rows, _ = facts(tmp_path, "The enlarged Reef Council, bringing together Fiji, Tonga and Samoa, met. Nauru voiced "
                              "concern over the Reef Security Pact, the trilateral security partnership of Fiji, Tonga and Samoa. "
                              "SUVA (Reef News) -- The Reef Summit was held in Suva, Fiji, bringing together leaders "
                              "of Tonga and Samoa.\n")
    assert {(c, "memberOf", body) for c in ("Fiji", "Tonga", "Samoa") for body in ("Reef Council", "Reef Security Pact")} <= rows
    assert not [r for r in rows if r[1] == "memberOf" and r[2] == "Reef News"]


def test_committed_to_a_named_treaty_supports_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji remained committed to the Reef Fisheries Treaty. Tonga is committed to working "
                              "with Samoa.\n")
    assert ("Fiji", "supports", "Reef Fisheries Treaty") in rows
    assert not [r for r in rows if r[0] == "Tonga" and r[1] == "supports"]


def test_leaders_named_by_title_of_their_country_met_for_a_summit(tmp_path):
    rows, _ = facts(tmp_path, "Prime Minister Sitiveni Rabuka of Fiji, Prime Minister Hu'akavameiliku of Tonga, and "
                              "President Joseph R. Tui of Samoa met in Suva, Viti Levu, for the fourth in-person Reef "
                              "Leaders' Summit. The Prime Minister of Fiji and the King of Tonga met in Apia on 27 May "
                              "2024 for the Ninth Reef Summit.\n")
    assert {(c, "participatedIn", "Reef Leaders' Summit") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {("Fiji", "participatedIn", "Ninth Reef Summit"), ("Tonga", "participatedIn", "Ninth Reef Summit"),
            ("Ninth Reef Summit", "heldIn", "Apia")} <= rows


def test_the_signing_of_a_treaty_by_parties_names_its_signers_not_who_welcomed_it(tmp_path):
    rows, _ = facts(tmp_path, "Nauru welcomed the signing of the Reef Fisheries Treaty by Fiji, Tonga and Samoa. "
                              "The ratification of the Suva Accord by Fiji and Samoa followed. Tonga urged the "
                              "ratification of the Reef Fisheries Treaty.\n")
    assert {(c, "signed", "Reef Fisheries Treaty") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {("Fiji", "signed", "Suva Accord"), ("Samoa", "signed", "Suva Accord")} <= rows
    assert not [r for r in rows if r[0] == "Nauru" or r[0] == "Tonga" and r[2] == "Suva Accord"]


def test_a_plain_will_schedules_a_gatherings_host_and_place_but_hopes_stay_apart(tmp_path):
    rows, result = facts(tmp_path, "Fiji will host the 7th Reef Summit in Suva in November. The 8th Reef Summit "
                                   "shall be held in Apia. Tonga hopes to host the 9th Reef Summit. Samoa will "
                                   "sign the Reef Fisheries Treaty.\n")
    assert {("Fiji", "hosted", "7th Reef Summit"), ("7th Reef Summit", "heldIn", "Suva"),
            ("8th Reef Summit", "heldIn", "Apia")} <= rows
    modality = {(r.subject, r.predicate): r.modality for r in result.relations}
    assert modality[("FJI", "hosted")] == "scheduled"
    assert modality[("TON", "hosted")] == modality[("WSM", "signed")] == "hypothetical"
    built = build([tmp_path / "doc.txt"], tmp_path / "out")       # a fact's file and direct triple
    written = built.outputs["relations"].read_text(encoding="utf-8")
    assert '"modality": "scheduled"' in written and '"modality": "hypothetical"' not in written
    assert built.validation.conforms
    quads = built.outputs["nquads"].read_text(encoding="utf-8")
    assert "/entity/FJI> <https://w3id.org/diplograph/ontology#hosted> <https://w3id.org/diplograph/id/entity/7th-reef-summit>" in quads
    assert "/entity/TON> <https://w3id.org/diplograph/ontology#hosted>" not in quads


def test_a_plain_will_schedules_who_takes_part_in_a_gathering_but_not_who_joins_a_body(tmp_path):
    rows, result = facts(tmp_path, "Fiji and Tonga will take part in the 7th Reef Exercise. Samoa will "
                                   "participate in the Reef Fisheries Initiative. Nauru hopes to attend the "
                                   "8th Reef Summit.\n")
    modality = {(r.subject, r.object): r.modality for r in result.relations}
    assert modality[("FJI", "7th-reef-exercise")] == modality[("TON", "7th-reef-exercise")] == "scheduled"
    assert ("Fiji", "participatedIn", "7th Reef Exercise") in rows
    # a mechanism is no dated gathering, and a hope is no plan
    assert modality[("WSM", "reef-fisheries-initiative")] == modality[("NRU", "8th-reef-summit")] == "hypothetical"


def test_parties_named_after_taking_part_are_in_the_gathering_of_the_report(tmp_path):
    rows, result = facts(tmp_path, "Personnel began drills today as Fiji hosted the Fourth Reef Disaster Relief Exercise "
                                   "(RDR 2015), the largest yet.\n\nThe drill tests logistics.\n\nApart from Fiji, the "
                                   "RDR participants taking part are Tonga and Samoa. Taking part in Exercise Coral "
                                   "Guard 2016 were Nauru and Palau.\n")
    exercise = "Fourth Reef Disaster Relief Exercise"
    assert {("Fiji", "hosted", exercise), ("Tonga", "participatedIn", exercise), ("Samoa", "participatedIn", exercise),
            ("Nauru", "participatedIn", "Exercise Coral Guard 2016"), ("Palau", "participatedIn", "Exercise Coral Guard 2016")} <= rows
    assert not [r for r in rows if r[0] in ("Personnel", "Drills")]
    edition = {m.entity for m in result.mentions if m.text in ("RDR 2015", exercise)}
    assert len(edition) == 1        # the edition's short name in brackets is the same exercise


def test_an_edition_in_commas_after_an_exercise_word_and_a_headline_place(tmp_path):
    rows, _ = facts(tmp_path, "Reef Relief Exercise Kicks Off In Suva With 12 Nations\n\nThe first exercise, RDR "
                              "2009, was staged in Tonga. The previous edition, RDR 2013, was held in Apia, Samoa.\n")
    assert {("RDR 2009", "heldIn", "Tonga"), ("RDR 2013", "heldIn", "Apia"),
            ("Reef Relief Exercise", "heldIn", "Suva")} <= rows


def test_parties_after_namely_all_proposed_by_and_a_possessed_host_of_a_relative_clause(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the Third Reef Ministers' Meeting. Ministers of eleven island countries "
                              "attended the meeting, namely the Cook Islands, Tonga and Vanuatu. Nauru attended for "
                              "the first time. Samoa supports the Reef Health Initiative (RHI) and the Coral "
                              "Security Initiative (CSI), both proposed by Fiji. The ministers recalled the first Reef "
                              "Police Dialogue, which Fiji's Ministry of Policing hosted in Suva in 2023. Samoa, in "
                              "its capacity as Reef Forum Chair for 2024, hosted the Reef Police Meeting.\n")
    meeting = "Third Reef Ministers' Meeting"
    assert {(c, "participatedIn", meeting) for c in ("Cook Islands", "Tonga", "Vanuatu", "Nauru")} <= rows
    assert {("Fiji", "initiated", "Reef Health Initiative"), ("Fiji", "initiated", "Coral Security Initiative"),
            ("Ministry of Policing (Fiji)", "hosted", "first Reef Police Dialogue"), ("first Reef Police Dialogue", "heldIn", "Suva"),
            ("Samoa", "hosted", "Reef Police Meeting")} <= rows


def test_a_pronoun_after_said_that_is_the_speaker_and_a_proposal_for_a_body_is_no_support_of_it(tmp_path):
    rows, _ = facts(tmp_path, "Nauru condemned the drills. Fiji's Ministry of Defence said in a statement that it "
                              "\"strongly supports\" the Reef Accord. Tonga supports a proposal for the Reef Fisheries "
                              "Agency to expand patrols.\n")
    assert ("Ministry of Defence (Fiji)", "supports", "Reef Accord") in rows
    assert not [r for r in rows if r[0] in ("Nauru", "Tonga") and r[1] == "supports"]


def test_of_which_members_pronoun_objects_numbered_sittings_and_an_exercise_by_its_kind(tmp_path):
    rows, _ = facts(tmp_path, "Fiji briefed Tonga on the Reef Dialogue, of which Fiji, Tonga and Samoa are members. "
                              "Nauru stays in the Suva Process, in which Palau is an active participant. As for the "
                              "Reef Waters Treaty, Fiji and Tonga signed it in 1960. Samoa attended the sixth meeting "
                              "of the Reef Format Consultations, held in Apia on 4 October. They agreed to hold the "
                              "bilateral army exercise REEFEX in Tonga later this year, with participation of "
                              "contingents from the Royal Fijian Army and the Tongan Navy.\n")
    assert {(c, "memberOf", "Reef Dialogue") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {("Palau", "participatedIn", "Suva Process"), ("Fiji", "signed", "Reef Waters Treaty"),
            ("Tonga", "signed", "Reef Waters Treaty"),
            ("Samoa", "participatedIn", "sixth meeting of the Reef Format Consultations"),
            ("sixth meeting of the Reef Format Consultations", "heldIn", "Apia"),
            ("Royal Fijian Army", "participatedIn", "REEFEX"), ("Tongan Navy", "participatedIn", "REEFEX")} <= rows


def test_leaders_listed_by_title_attend_and_parties_that_took_part_as_well(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the 23rd Reef Council Meeting in Suva. Prime Minister Rabuka chaired the "
                              "meeting, which was attended by the Premier of Niue, the Prime Ministers of Tonga and "
                              "Samoa, the First Vice President of Nauru and the External Affairs Minister of Palau. "
                              "Vanuatu and Tuvalu took part, and a delegation from Kiribati attended as well.\n")
    meeting = "23rd Reef Council Meeting"
    assert {(c, "participatedIn", meeting) for c in ("Niue", "Tonga", "Samoa", "Nauru", "Palau", "Vanuatu",
                                                     "Tuvalu", "Kiribati")} <= rows


def test_members_of_a_body_called_back_and_countries_represented_by_their_leaders(tmp_path):
    rows, _ = facts(tmp_path, "Kuwait joined the Reef Council at the Sixth Reef Summit in Suva. The organization's "
                              "membership also includes Fiji, Tonga and Samoa. Its members include Nauru. Palau and "
                              "Tuvalu were represented by their presidents, while Niue was represented by its premier.\n")
    assert {(c, "memberOf", "Reef Council") for c in ("Kuwait", "Fiji", "Tonga", "Samoa", "Nauru")} <= rows
    assert {(c, "participatedIn", "Sixth Reef Summit") for c in ("Palau", "Tuvalu", "Niue")} <= rows


def test_parties_set_off_after_a_name_which_both_signed_and_funders_support(tmp_path):
    rows, _ = facts(tmp_path, "Leaders praised the Reef Dialogue – Fiji, Tonga and Samoa – for its work. Exercise "
                              "Coral Guard (Nauru, Palau and Tuvalu) ended. Fiji and Tonga, which both signed the Reef "
                              "Fisheries Treaty in 1990, remain committed. Samoa reaffirmed its support for the Reef "
                              "Strategy and for the Pacific Fisheries Agency. Nauru continues to fund the Reef Action "
                              "Plan, and Palau announced NZ$3 million for Tonga's National Emergency Management Office.\n")
    assert {(c, "memberOf", "Reef Dialogue") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {(c, "participatedIn", "Exercise Coral Guard") for c in ("Nauru", "Palau", "Tuvalu")} <= rows
    assert {("Fiji", "signed", "Reef Fisheries Treaty"), ("Tonga", "signed", "Reef Fisheries Treaty"),
            ("Samoa", "supports", "Reef Strategy"), ("Samoa", "supports", "Pacific Fisheries Agency"),
            ("Nauru", "supports", "Reef Action Plan")} <= rows
    assert [r for r in rows if r[0] == "Palau" and r[1] == "supports" and r[2].startswith("National Emergency")]


def test_participants_after_where_and_when_or_a_held_aside_and_troops_from(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the Reef Consultation on Tonga in Suva on Dec 19 last year, attended by "
                              "Samoa and Nauru. Exercise Coral Shield 2018, held in May 2018, was joined by Palau and Tuvalu. "
                              "Under the Reef Council, Niue hosted the Reef Guard-2014 joint maritime exercise in "
                              "Alofi, with troops from Kiribati and Vanuatu.\n")
    assert {("Samoa", "participatedIn", "Reef Consultation on Tonga"),
            ("Nauru", "participatedIn", "Reef Consultation on Tonga"),
            ("Palau", "participatedIn", "Exercise Coral Shield 2018"),
            ("Tuvalu", "participatedIn", "Exercise Coral Shield 2018"),
            ("Niue", "hosted", "Reef Guard-2014"), ("Kiribati", "participatedIn", "Reef Guard-2014"),
            ("Vanuatu", "participatedIn", "Reef Guard-2014")} <= rows
    assert not [r for r in rows if r[0] == "Reef Council"]


def test_members_grouped_with_others_an_apposition_before_includes_and_a_treaty_called_back(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Forum, launched in 2005, groups the Reef Council members with four partners: "
                              "Fiji, Tonga, Samoa and Nauru. Palau initiated the Reef Initiative for Fisheries, a group "
                              "of 16 island states that includes Tuvalu and Niue.\n\n"
                              "Kiribati hosted the signing of the Reef Treaty on Fisheries. Vanuatu and Tonga, among "
                              "others, have acceded to the Treaty, and Samoa signed the treaty on Monday.\n")
    assert {(c, "memberOf", "Reef Forum") for c in ("Fiji", "Tonga", "Samoa", "Nauru")} <= rows
    assert {(c, "memberOf", "Reef Initiative for Fisheries") for c in ("Tuvalu", "Niue")} <= rows
    assert {(c, "signed", "Reef Treaty on Fisheries") for c in ("Vanuatu", "Tonga", "Samoa")} <= rows
    assert ("Kiribati", "signed", "Reef Treaty on Fisheries") not in rows


def test_a_long_city_name_ends_an_event_name_and_a_dated_exercise_lies_off_a_port(tmp_path):
    rows, _ = facts(tmp_path, "The policy was announced at the 12th ASEAN-India Summit in Nay Pyi Taw in November 2014. "
                              "The two navies conducted Reef Sea-2019 off Qingdao, and the Reef Sea-2019 exercise "
                              "ended in May.\n")
    assert ("12th ASEAN-India Summit", "heldIn", "Nay Pyi Taw") in rows
    assert ("Reef Sea-2019", "heldIn", "Qingdao") in rows


def test_possessed_partners_chaired_with_guests_and_an_ordinal_before_a_series_with_its_acronym(tmp_path):
    rows, _ = facts(tmp_path, "The conference was convened with the Reef Council's Dialogue Partners, namely Fiji, Tonga "
                              "and Samoa. Nauru chaired the 24th ASEAN Plus Three (APT) Foreign Ministers' Meeting with "
                              "Palau, Tuvalu and Niue.\n")
    assert {(c, "partnerOf", "Reef Council") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    meeting = "24th ASEAN Plus Three (APT) Foreign Ministers' Meeting"
    assert ("Nauru", "hosted", meeting) in rows
    assert {(c, "participatedIn", meeting) for c in ("Palau", "Tuvalu", "Niue")} <= rows
    assert not [r for r in rows if r[1] == "coHosted"]


def test_members_joined_alongside_this_years_participants_and_a_host_named_after_where(tmp_path):
    rows, _ = facts(tmp_path, "Nauru and Palau joined the Reef Council as full members alongside Fiji and Tonga. "
                              "Samoa, which joined the Coral Organization together with Niue in 2017, agreed.\n\n"
                              "Vanuatu opened Exercise Reef Quest 2024 in Port Vila.\n\n"
                              "Exercise Reef Quest began in 2003 as a bilateral drill. This year's participants are "
                              "Kiribati and Tuvalu.\n\n"
                              "The 5th Reef Summit was organised in Suva by the Reef Institute, a Fijian think tank.\n")
    assert {(c, "memberOf", "Reef Council") for c in ("Nauru", "Palau", "Fiji", "Tonga")} <= rows
    assert {(c, "memberOf", "Coral Organization") for c in ("Samoa", "Niue")} <= rows
    assert {(c, "participatedIn", "Exercise Reef Quest 2024") for c in ("Kiribati", "Tuvalu")} <= rows
    assert {("Reef Institute", "hosted", "5th Reef Summit"), ("5th Reef Summit", "heldIn", "Suva")} <= rows
    assert not [r for r in rows if r[1] == "coHosted"]


def test_its_members_after_a_body_named_as_a_modifier_call_back_the_last_sentences_subject(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Security Forum is the only forum hosted by the Reef Council. "
                              "In addition to the ten Reef Council member states, its members are Fiji and Tonga.\n")
    assert {(c, "memberOf", "Reef Security Forum") for c in ("Fiji", "Tonga")} <= rows
    assert not [r for r in rows if r[1] == "memberOf" and r[2] == "Reef Council"]


def test_parties_brought_together_after_a_participle_aside_and_a_dated_name_hosted_and_held_off_a_port(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Reef Vanguard 2024, conducted in waters around Suva in February 2024, brought together "
                              "the Fiji Navy and the Tonga Navy. Coral Sail 2023 was hosted by Samoa. The Coral Sail "
                              "2023 exercise ended. The 5th Reef Summit was held off Apia.\n")
    assert {("Fiji Navy", "participatedIn", "Exercise Reef Vanguard 2024"),
            ("Tonga Navy", "participatedIn", "Exercise Reef Vanguard 2024"),
            ("Samoa", "hosted", "Coral Sail 2023"), ("5th Reef Summit", "heldIn", "Apia")} <= rows


def test_those_a_gathering_is_hosted_for_take_part(tmp_path):
    rows, _ = facts(tmp_path, "Since the Reef Summit, which Fiji hosted for the leaders of Tonga and Samoa in August "
                              "2023, cooperation grew.\n")
    assert {("Fiji", "hosted", "Reef Summit"), ("Tonga", "participatedIn", "Reef Summit"),
            ("Samoa", "participatedIn", "Reef Summit")} <= rows


def test_a_second_passive_after_for_the_first_time(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Coral Sail 2023 was hosted by Samoa for the first time and was held off Apia.\n")
    assert {("Samoa", "hosted", "Exercise Coral Sail 2023"), ("Exercise Coral Sail 2023", "heldIn", "Apia")} <= rows


def test_delegations_sent_members_for_a_long_time_and_units_deployed(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga have both been members of the Reef Council since 2010, and both sent "
                              "delegations to the Reef Defence Expo 2024. Samoa has so far deployed six field hospital "
                              "rotations to the Coral Peacekeeping Operation.\n")
    assert {(c, "memberOf", "Reef Council") for c in ("Fiji", "Tonga")} <= rows
    assert {(c, "participatedIn", "Reef Defence Expo 2024") for c in ("Fiji", "Tonga")} <= rows
    assert ("Samoa", "participatedIn", "Coral Peacekeeping Operation") in rows


def test_an_expo_opened_by_hosted_by_is_the_gathering_hosted(tmp_path):
    rows, _ = facts(tmp_path, "Hosted by the Reef Defence Agency, the Reef Defence Expo 2024 is being held in Suva.\n")
    assert {("Reef Defence Agency", "hosted", "Reef Defence Expo 2024"), ("Reef Defence Expo 2024", "heldIn", "Suva")} <= rows
    assert classify_event("Reef Defence Expo")[0] == "Conference"


def test_members_named_by_who_represented_a_body(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Council was represented by ministers and state secretaries from Member States "
                              "including Fiji, Tonga and Samoa. Coral Union Member States were represented by ministers "
                              "from Nauru and Palau.\n")
    assert {(c, "memberOf", "Reef Council") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {(c, "memberOf", "Coral Union") for c in ("Nauru", "Palau")} <= rows


def test_a_body_with_its_member_states_signs_after_an_apposition(tmp_path):
    rows, _ = facts(tmp_path, "Ministers welcomed the Reef Air Transport Agreement (RATA), the first bloc-to-bloc "
                              "agreement, which Fiji and the Reef Council Member States signed in 2022.\n")
    assert {("Fiji", "signed", "Reef Air Transport Agreement"),
            ("Reef Council", "signed", "Reef Air Transport Agreement")} <= rows


def test_navies_joining_a_navy_take_part_in_the_exercise_and_are_no_members_of_it(tmp_path):
    rows, _ = facts(tmp_path, "The first edition, Reef Sail 1995, was held at Suva, with the navies of Tonga, Samoa "
                              "and Nauru joining the Fijian Navy. Ships from Palau took part in the sea phase "
                              "alongside Fijian Navy units.\n")
    assert {(c, "participatedIn", "Reef Sail 1995") for c in ("Tonga", "Samoa", "Nauru")} <= rows
    assert not [r for r in rows if r[2] == "Fijian Navy"]


def test_partners_and_members_named_in_a_year_and_set_off_by_dashes_after_an_acronym(tmp_path):
    rows, _ = facts(tmp_path, "Fiji became a Reef Council dialogue partner in 2021. Tonga has been a dialogue partner "
                              "of the Coral Commission since 1996. Personnel from the five members of the Reef Defence "
                              "Arrangements (RDA) – Samoa, Nauru, Palau, Niue and Tuvalu – trained.\n")
    assert {("Fiji", "partnerOf", "Reef Council"), ("Tonga", "partnerOf", "Coral Commission")} <= rows
    assert {(c, "memberOf", "Reef Defence Arrangements") for c in ("Samoa", "Nauru", "Palau", "Niue", "Tuvalu")} <= rows


def test_a_forum_described_in_an_apposition_is_the_one_organised_and_a_body_founded_by_its_member_states(tmp_path):
    rows, _ = facts(tmp_path, "Ministers meet at the Reef Dialogue, the annual security forum organised by the "
                              "Suva-based Reef Institute. The Coral Centre was established by the member states of "
                              "the Reef Council.\n")
    assert {("Reef Institute", "hosted", "Reef Dialogue"), ("Reef Council", "initiated", "Coral Centre")} <= rows


def test_a_group_opening_the_sentence_before_which_signs_together(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga, which signed the Reef Partnership in 2015, also conduct training "
                              "outside the Coral Defence Arrangements framework.\n")
    assert {("Fiji", "signed", "Reef Partnership"), ("Tonga", "signed", "Reef Partnership")} <= rows
    assert not [r for r in rows if r[2] == "Coral Defence Arrangements"]


def test_a_meeting_held_after_the_acronym_of_its_group_in_brackets(tmp_path):
    rows, _ = facts(tmp_path, "The 45th Meeting of the Joint Working Group on the Implementation of the Reef Code "
                              "(JWG-DOC) was held in Suva.\n")
    assert ("45th Meeting of the Joint Working Group on the Implementation of the Reef Code", "heldIn", "Suva") in rows


def test_a_strategy_launched_in_a_clause_without_which_and_a_review_hosted_at_a_port(tmp_path):
    rows, _ = facts(tmp_path, "Ministers welcomed progress under the Reef Connectivity Strategy, the strategy the Coral Union "
                              "launched in 2021. The Reef Fleet Review 2026 was the second fleet review hosted by the "
                              "Fijian Navy at Suva.\n")
    assert {("Coral Union", "initiated", "Reef Connectivity Strategy"), ("Fijian Navy", "hosted", "Reef Fleet Review 2026"),
            ("Reef Fleet Review 2026", "heldIn", "Suva")} <= rows


def test_a_gathering_called_back_brings_together_a_body_and_the_countries_of_its_leaders(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the Reef Summit in Suva on Friday.\n\n"
                              "The summit brought together Coral Union leaders including Tonga's King Tupou VI and "
                              "Samoa's Prime Minister Fiame Naomi Mata'afa, as well as senior delegations from Nauru and Palau.\n\n"
                              "From the north, the gathering was attended by Kiribati's President Taneti Maamau and "
                              "Vanuatuan Prime Minister Jotham Napat.\n")
    assert {(c, "participatedIn", "Reef Summit") for c in ("Coral Union", "Tonga", "Samoa", "Nauru", "Palau",
                                                          "Kiribati")} <= rows


def test_a_holder_named_past_his_particles_and_members_listed_after_a_colon(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the Reef Summit. The summit brought together Coral Union leaders including "
                              "Qatar's Emir Sheikh Tamim bin Hamad Al-Thani and Kuwait's Crown Prince Sheikh Mishal "
                              "Al-Ahmad Al-Jaber Al-Sabah.\n\nThe Coral Summit was attended by the Heads of State/Government "
                              "of all three Member States of the Coral Union: Tonga, Samoa and Nauru.\n")
    assert {("Qatar", "participatedIn", "Reef Summit"), ("Kuwait", "participatedIn", "Reef Summit")} <= rows
    assert {(c, "participatedIn", "Coral Summit") for c in ("Tonga", "Samoa", "Nauru")} <= rows


def test_a_gathering_held_in_a_place_past_the_quoted_name_of_its_series(tmp_path):
    rows, _ = facts(tmp_path, 'The Ninth International Conference on Reef Security "Suva Dialogue" opened today in Suva.\n')
    assert ("Ninth International Conference on Reef Security", "heldIn", "Suva") in rows


def test_a_meeting_called_back_after_older_editions_told_as_history_is_the_latest(tmp_path):
    rows, _ = facts(tmp_path, "The third Reef Foreign Ministers' Meeting was held in Suva on Wednesday.\n\n"
                              "The first Reef Foreign Ministers' Meeting was held by video link in 2021, and the "
                              "Second Reef Foreign Ministers' Meeting took place in Apia in 2022.\n\n"
                              "Ministers of the Pacific island countries attended the meeting, namely Tonga, "
                              "Samoa and Nauru.\n")
    third = "third Reef Foreign Ministers' Meeting"
    assert {(c, "participatedIn", third) for c in ("Tonga", "Samoa", "Nauru")} <= rows
    assert not {r for r in rows if r[0] == "Tonga" and r[2] != third}


def test_a_gathering_named_before_a_participles_aside_witnessed_the_participation_of_its_parties(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Tanoa 2024 opened in Suva.\n\nTanoa 2024, conducted under the aegis of the Coral "
                              "Naval Command from 08 to 18 October 2024, witnessed participation of the Tongan Navy and "
                              "the Royal Fijian Navy (RFN).\n\nThe SAF took part in Exercise Lagoon 2023, hosted by the "
                              "Tongan Navy in Nuku'alofa in June, and in Exercise Atoll 2023, co-hosted by Fiji and Samoa.\n")
    assert {("Tongan Navy", "participatedIn", "Exercise Tanoa 2024"),
            ("Royal Fijian Navy", "participatedIn", "Exercise Tanoa 2024")} <= rows
    assert ("Fiji", "coHosted", "Exercise Atoll 2023") in rows and ("Fiji", "coHosted", "Exercise Lagoon 2023") not in rows


def test_members_parties_and_supporters_said_in_clauses(tmp_path):
    rows, _ = facts(tmp_path, "They work together in the Coral Security Council, of which Tonga is a non-permanent member. "
                              "Fiji reaffirmed its role within the Partners in the Reef (PIR) initiative, of which Samoa is "
                              "a member. Leaders welcomed Nauru as the Coral Union's 12th member. Palau, a Participating "
                              "State of the Reef Protection Mechanism (RPM), activated it. Tuvalu has a Visiting Forces "
                              "Agreement (VFA) with Kiribati, in force since 1999, and a Status of Visiting Forces "
                              "Agreement with Vanuatu. He reaffirmed the support of Japan for Fiji.\n")
    assert {("Tonga", "memberOf", "Coral Security Council"), ("Samoa", "memberOf", "Partners in the Reef"),
            ("Nauru", "memberOf", "Coral Union"), ("Palau", "memberOf", "Reef Protection Mechanism"),
            ("Tuvalu", "signed", "Visiting Forces Agreement"), ("Kiribati", "signed", "Visiting Forces Agreement"),
            ("Tuvalu", "signed", "Status of Visiting Forces Agreement"),
            ("Vanuatu", "signed", "Status of Visiting Forces Agreement"), ("Japan", "supports", "Fiji")} <= rows
    assert ("Kiribati", "signed", "Status of Visiting Forces Agreement") not in rows


def test_a_gathering_hosted_off_a_port_and_not_held_in_a_countrys_adjective(tmp_path):
    rows, _ = facts(tmp_path, "The previous edition, Exercise Tanoa 2023, was hosted by Fiji off Suva in August 2023, the "
                              "first time the exercise was held in Fijian waters.\n")
    assert ("Exercise Tanoa 2023", "heldIn", "Suva") in rows
    assert not [r for r in rows if r[1] == "heldIn" and r[2] == "Fijian"]


def test_members_listed_after_a_body_in_the_ways_news_lists_them(tmp_path):
    rows, _ = facts(tmp_path, "Officials came from the 27 Reef Forum members, including Fiji and Tonga. The Coral Union's "
                              "10 members are Samoa, Nauru and Palau. The six Lagoon Group members - Kiribati, Tuvalu and "
                              "Vanuatu - met. The Atoll Initiative for Technical Cooperation (AITC) groups Niue and the "
                              "Cook Islands. Fiji is a member of the Reef Pact, which also includes Japan and Chile. The "
                              "Reef Law Enforcement Center, which Fiji initiated and which Peru and Mexico have joined, "
                              "opened. Tonga and Samoa are members of the Coral Union, as are Kiribati and Nauru.\n")
    expected = {("Fiji", "Reef Forum"), ("Tonga", "Reef Forum"), ("Samoa", "Coral Union"), ("Palau", "Coral Union"),
                ("Kiribati", "Lagoon Group"), ("Vanuatu", "Lagoon Group"), ("Niue", "Atoll Initiative for Technical Cooperation"),
                ("Japan", "Reef Pact"), ("Chile", "Reef Pact"), ("Peru", "Reef Law Enforcement Center"),
                ("Mexico", "Reef Law Enforcement Center"), ("Kiribati", "Coral Union"), ("Nauru", "Coral Union")}
    assert {(s, "memberOf", o) for s, o in expected} <= rows


def test_support_pledged_for_the_future_and_said_again_after_and_for(tmp_path):
    rows, _ = facts(tmp_path, "Fiji will, as always, support the Coral Forum in playing its role. Tonga will provide "
                              "US$8 million to the Reef Community over four years. Samoa reaffirmed its support for "
                              "Coral Union centrality and for the Coral Outlook on the Pacific.\n")
    assert {("Fiji", "supports", "Coral Forum"), ("Tonga", "supports", "Reef Community"),
            ("Samoa", "supports", "Coral Outlook on the Pacific")} <= rows


def test_a_host_said_as_a_noun(tmp_path):
    rows, _ = facts(tmp_path, "We welcomed the successful hosting by Tonga of the 25th Reef Leaders' Meeting in "
                              "Nuku'alofa. Leaders praised the hosting of the Ninth Coral Summit by Fiji and Samoa.\n")
    assert {("Tonga", "hosted", "25th Reef Leaders' Meeting"), ("Fiji", "coHosted", "Ninth Coral Summit"),
            ("Samoa", "coHosted", "Ninth Coral Summit")} <= rows


def test_the_countries_of_the_troops_a_mission_deploys_with_take_part_in_it(tmp_path):
    rows, _ = facts(tmp_path, "On 15 December 2023 the Reef Mission in Tonga (REMIT) began to deploy, with troops "
                              "from Fiji, Samoa and Nauru.\n")
    assert {(c, "participatedIn", "Reef Mission in Tonga") for c in ("Fiji", "Samoa", "Nauru")} <= rows


def test_hosts_of_a_list_before_which_members_alongside_and_backers(tmp_path):
    rows, _ = facts(tmp_path, "Proposals go to the 19th Reef Meeting and the 12th Coral Meeting, which Fiji will host in "
                              "Suva later this year. Tonga is one of the 18 members of the Coral Union, alongside Samoa "
                              "and Nauru. Troops clashed with the Rwanda-backed Reef Front (RF) near Goma.\n")
    assert {("Fiji", "hosted", "19th Reef Meeting"), ("Fiji", "hosted", "12th Coral Meeting"),
            ("19th Reef Meeting", "heldIn", "Suva"), ("12th Coral Meeting", "heldIn", "Suva")} <= rows
    assert {(c, "memberOf", "Coral Union") for c in ("Tonga", "Samoa", "Nauru")} <= rows
    assert ("Rwanda", "supports", "Reef Front") in rows


def test_a_relative_aside_with_a_number_in_it_is_skipped_to_the_subject(tmp_path):
    rows, _ = facts(tmp_path, "Rahmon said that Tonga, which shares a 1,400-kilometer border with Samoa, supports the "
                              "Coral Union.\n")
    assert ("Tonga", "supports", "Coral Union") in rows and ("Samoa", "supports", "Coral Union") not in rows


def test_the_topic_a_sentence_opens_with_is_no_party(tmp_path):
    rows, _ = facts(tmp_path, "On Tonga, the Coral Union leaders reaffirmed their full support for the Reef Council (RC).\n")
    assert ("Coral Union", "supports", "Reef Council") in rows and ("Tonga", "supports", "Reef Council") not in rows


def test_setting_up_a_task_force_named_after_a_body_sets_up_no_body(tmp_path):
    rows, _ = facts(tmp_path, "Fiji had also proposed setting up a Coral Union task force on disaster relief.\n")
    assert not [r for r in rows if r[1] == "initiated"]


def test_the_four_leaders_are_the_four_countries_a_sentence_opened_with(tmp_path):
    rows, _ = facts(tmp_path, "The leaders of Fiji, Tonga, Samoa and Nauru agreed on Saturday to launch a coast guard "
                              "mission.\n\nThe mission will start next year.\n\nThe four leaders reaffirmed their support "
                              "for the Reef Outlook on the Pacific. The three leaders welcomed the Coral Pact.\n")
    assert {c for c, p, o in rows if p == "supports" and o == "Reef Outlook on the Pacific"} == \
        {"Fiji", "Tonga", "Samoa", "Nauru"}
    assert not [r for r in rows if r[2] == "Coral Pact"]      # no list of three opened a sentence


def test_a_relative_clause_after_an_unknown_name_names_no_members_of_the_name_before(tmp_path):
    rows, _ = facts(tmp_path, "The Fijian Navy and the Tongan Navy exercise regularly in the Kadavu series, which also "
                              "includes Samoa and Nauru. Fiji leads the Reef Initiative (RI), a cross-regional group "
                              "that includes Tonga and Palau.\n")
    assert not [r for r in rows if r[1] == "memberOf" and r[0] in ("Samoa", "Nauru")]
    assert {c for c, p, o in rows if p == "memberOf" and o == "Reef Initiative"} == {"Tonga", "Palau"}


def test_a_gathering_that_brought_together_officials_right_after_its_name(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Summit brought together defence and security officials from Fiji and Tonga.\n")
    assert {("Fiji", "participatedIn", "Reef Summit"), ("Tonga", "participatedIn", "Reef Summit")} <= rows


def test_the_two_sides_of_a_bilateral_document_are_its_two_countries(tmp_path):
    text = ("Fiji-Tonga Joint Statement\n\nThe Prime Minister of Tonga paid a State Visit to Fiji. Tonga thanked "
            "Fiji for its hospitality.\n\nThe two sides support the Reef Treaty.\n")
    rows, _ = facts(tmp_path, text)
    assert {("Fiji", "supports", "Reef Treaty"), ("Tonga", "supports", "Reef Treaty")} <= rows
    # a third country named as often as the second: no pair stands out
    rows, _ = facts(tmp_path, text.replace("Tonga thanked Fiji", "Tonga thanked Fiji and Samoa. Samoa thanked Tonga"))
    assert not any(p == "supports" for _, p, _ in rows)


def test_a_pledge_to_support_states_the_support(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Samoa have pledged humanitarian funding to support Tonga. Japan agreed to host "
                              "the Reef Summit. Nauru hopes to support Palau.\n")
    assert {("Fiji", "supports", "Tonga"), ("Samoa", "supports", "Tonga")} <= rows
    assert not any(p == "hosted" for _, p, _ in rows)       # an agreement to host is a plan
    assert ("Nauru", "supports", "Palau") not in rows       # a hope is not a pledge


def test_a_commitment_to_or_a_call_to_implement_a_named_treaty_supports_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji reaffirmed its strong commitment to the Reef Treaty. Tonga and Samoa called for "
                              "the full and effective implementation of the Lagoon Declaration. Nauru reaffirmed its "
                              "commitment to peace.\n")
    assert {("Fiji", "supports", "Reef Treaty"), ("Tonga", "supports", "Lagoon Declaration"),
            ("Samoa", "supports", "Lagoon Declaration")} <= rows
    assert not any(s == "Nauru" for s, _, _ in rows)


def test_a_second_verb_after_an_acronym_in_brackets_is_the_sentences_subjects(tmp_path):
    rows, _ = facts(tmp_path, "Fiji noted the work of the Reef Task Force (RTF) and supported the Reef Treaty.\n")
    assert ("Fiji", "supports", "Reef Treaty") in rows
    assert not any(s == "Reef Task Force" for s, _, _ in rows)


def test_what_a_relative_clause_signed_with_a_partner_both_signed(tmp_path):
    rows, _ = facts(tmp_path, "It follows the Reef Agreement, which Fiji signed with Tonga in January 2022, and the "
                              "Coral Agreement, which Fiji signed with Samoa in 2023, and the Lagoon Initiative.\n")
    assert {("Fiji", "signed", "Reef Agreement"), ("Tonga", "signed", "Reef Agreement"),
            ("Fiji", "signed", "Coral Agreement"), ("Samoa", "signed", "Coral Agreement")} <= rows
    assert not any(o == "Lagoon Initiative" for _, _, o in rows)     # a list after the date goes on the sentence's


def test_a_sentence_opening_passive_with_a_list_of_agents(tmp_path):
    rows, _ = facts(tmp_path, "Launched in 2016 by Fiji, Tonga and Samoa, the Reef Initiative is a new mechanism.\n")
    assert {(c, "initiated", "Reef Initiative") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_a_second_verb_after_a_name_that_qualifies_a_noun(tmp_path):
    rows, _ = facts(tmp_path, "Nauru chaired the talks.\n\nFiji will take over the ASEAN chairmanship in 2031 and "
                              "host the Reef Summit in Suva.\n")
    assert ("Fiji", "hosted", "Reef Summit") in rows
    assert ("Nauru", "hosted", "Reef Summit") not in rows


def test_members_of_a_body_named_in_groups_after_namely(tmp_path):
    rows, _ = facts(tmp_path, "Members of the Reef Forum are the three Pacific states, namely Fiji, Tonga and Samoa, "
                              "and two of the Forum's partners, namely Japan and Chile.\n")
    assert {(c, "memberOf", "Reef Forum") for c in ("Fiji", "Tonga", "Samoa", "Japan", "Chile")} <= rows


def test_a_bodys_members_after_an_aside_on_its_founding(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Organisation, founded in 1971, has 18 members, including Fiji and Tonga.\n")
    assert {("Fiji", "memberOf", "Reef Organisation"), ("Tonga", "memberOf", "Reef Organisation")} <= rows


def test_a_council_adopting_a_resolution_signs_nothing(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Council adopted Resolution 2235, establishing the Reef Mechanism. Fiji and Tonga "
                              "adopted the Lagoon Declaration.\n")
    assert not any(p == "signed" and s == "Reef Council" for s, p, _ in rows)
    assert {("Fiji", "signed", "Lagoon Declaration"), ("Tonga", "signed", "Lagoon Declaration")} <= rows


def test_who_took_part_in_the_gathering_the_sentence_before_was_about(tmp_path):
    rows, _ = facts(tmp_path, "The Reef-2031 exercise took place in Suva, together with the Search-2031 and Echelon-2031 "
                              "drills. Servicemen from Tonga and Samoa took part.\n")
    assert {("Tonga", "participatedIn", "Reef-2031"), ("Samoa", "participatedIn", "Reef-2031")} <= rows
    assert not any(o == "Echelon-2031" and p == "participatedIn" for _, p, o in rows)


def test_according_to_names_no_subject(tmp_path):
    rows, _ = facts(tmp_path, "According to Fiji, Tonga supports the Reef Treaty. According to the Samoan Government's "
                              "press service, the summit also endorsed the Lagoon Plan.\n")
    assert ("Tonga", "supports", "Reef Treaty") in rows
    assert not any(s in ("Fiji", "Samoan Government") for s, _, _ in rows)


def test_unnamed_countries_opening_a_sentence_carry_no_earlier_subject(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the Reef Summit. African countries welcomed and supported the Reef Initiative.\n")
    assert not any(p == "supports" for _, p, _ in rows)


def test_a_bodys_counted_participants_listed_in_groups(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Forum, chaired by Minister Tui, brings together 12 participants, comprising the "
                              "three Pacific states – Fiji, Tonga and Samoa – as well as Japan and Chile.\n")
    assert {(c, "memberOf", "Reef Forum") for c in ("Fiji", "Tonga", "Samoa", "Japan", "Chile")} <= rows


def test_an_office_taken_over_before_a_second_verb(tmp_path):
    rows, _ = facts(tmp_path, "Nauru chaired the talks. Fiji will assume the ASEAN Chairmanship in 2031 and will host the "
                              "Reef Summit next year.\n")
    assert ("Fiji", "hosted", "Reef Summit") in rows


def test_all_n_are_the_list_of_n_that_opened_a_sentence(tmp_path):
    rows, _ = facts(tmp_path, "The leaders of Fiji, Tonga and Samoa met in Suva. All three are members of the Reef "
                              "Forum.\n")
    assert {(c, "memberOf", "Reef Forum") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_a_new_clause_after_and_takes_its_whole_subject_from_the_objects(tmp_path):
    rows, _ = facts(tmp_path, "Nauru has provided substantial support to Fiji, and Tonga and Samoa have contributed to "
                              "the Reef Mission.\n")
    assert ("Nauru", "supports", "Fiji") in rows
    assert not any(s == "Nauru" and o in ("Tonga", "Samoa") for s, _, o in rows)


def test_standing_with_a_country_supports_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji stands with our ally, Tonga, and condemns the attack. Samoa stands firmly with Nauru.\n")
    assert {("Fiji", "supports", "Tonga"), ("Samoa", "supports", "Nauru")} <= rows


def test_a_body_that_is_a_partnership_among_countries_has_them_as_members(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Alliance is a trilateral security partnership among Fiji, Tonga and Samoa.\n")
    assert {(c, "memberOf", "Reef Alliance") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_the_n_countries_are_the_last_list_of_n_named_anywhere(tmp_path):
    rows, _ = facts(tmp_path, "Last week, warships from Fiji, Tonga, and Samoa sailed together near Suva. In January the "
                              "three countries convened the first Reef Dialogue in Apia.\n")
    assert {(c, "participatedIn", "first Reef Dialogue") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    rows, _ = facts(tmp_path, "Warships from Fiji, Tonga and Samoa sailed near Suva. The four countries convened the "
                              "first Reef Dialogue in Apia.\n")
    assert not any(p == "participatedIn" for _, p, _ in rows)       # no list of four


def test_the_participation_of_parties_in_a_named_gathering(tmp_path):
    rows, _ = facts(tmp_path, "Nauru welcomed the continued participation of Fiji, Tonga and Samoa in the Reef Summit. "
                              "The participation of Palau in March was low.\n")
    assert {(c, "participatedIn", "Reef Summit") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert not any(s == "Palau" for s, _, _ in rows)


def test_support_for_a_text_expressed_by_named_parties(tmp_path):
    rows, _ = facts(tmp_path, "We welcomed the support for the Reef Outlook on the Pacific (ROP) expressed by external "
                              "partners, including Japan, Chile and Peru.\n")
    assert {(c, "supports", "Reef Outlook on the Pacific") for c in ("Japan", "Chile", "Peru")} <= rows


def test_a_name_qualifying_the_noun_after_it_is_no_object(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga sign Reef Conclave charter. The Fijian Navy has also hosted RC officials in "
                              "Suva. Samoa will work with the Reef Forum member states. Nauru signed the Reef Treaty.\n")
    assert ("Nauru", "signed", "Reef Treaty") in rows
    assert not any(o in ("Reef Conclave", "RC", "Reef Forum") for _, _, o in rows)


def test_the_exercise_calls_back_an_event_the_text_described_as_one(tmp_path):
    rows, _ = facts(tmp_path, 'The "Reef Mission-2021" joint counter-terrorism military exercise ended in Suva.\n\n'
                              "Troops from Fiji and Tonga took part in the two-week exercise. Samoa attended the summit.\n")
    assert {("Fiji", "participatedIn", "Reef Mission-2021"), ("Tonga", "participatedIn", "Reef Mission-2021")} <= rows
    assert not any(s == "Samoa" for s, _, _ in rows)        # described as an exercise, not a summit


def test_an_aside_naming_nothing_between_the_parties_and_their_verb(tmp_path):
    rows, _ = facts(tmp_path, "More than 4,000 personnel from Fiji, Tonga and Samoa, along with about 500 pieces of "
                              "equipment, including armored vehicles and helicopters, took part in Reef Mission-2021.\n")
    assert {(c, "participatedIn", "Reef Mission-2021") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_an_opening_passive_past_a_second_passive(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Reef Shield 2021 opened in Suva. Hosted by Fiji and directed by the Fijian Navy, the drill "
                              "simulated a rescue.\n")
    assert ("Fiji", "hosted", "Exercise Reef Shield 2021") in rows


def test_the_grouping_called_back_before_its_members_and_its_enlargement(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Forum (RF) met in Suva. The 16th RF Summit was the first since the grouping – originally made up of Fiji, "
                              "Tonga and Samoa – expanded at the start of the year to include Nauru and Palau. The Reef "
                              "Forum expanded in 2024 to include Niue. Fiji expanded cooperation to include Tuvalu.\n")
    assert {(c, "memberOf", "Reef Forum") for c in ("Fiji", "Tonga", "Samoa", "Nauru", "Palau", "Niue")} <= rows
    assert ("Tuvalu", "memberOf", "Reef Forum") not in rows


def test_parties_listed_after_took_part_and_a_colon(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Forum opened in Suva. Ministers and senior officials from all 18 Forum members "
                              "took part: Fiji, Tonga and Samoa.\n")
    assert {(c, "participatedIn", "Reef Forum") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_the_parties_represented_at_a_gathering(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Forum opened in Suva. Among the partners represented were Fiji and Tonga.\n")
    assert {("Fiji", "participatedIn", "Reef Forum"), ("Tonga", "participatedIn", "Reef Forum")} <= rows


def test_partners_named_after_a_capitalised_noun_and_namely(tmp_path):
    rows, _ = facts(tmp_path, "Ministers reviewed the Reef Forum, which brings together the Pacific states and the "
                              "Forum's three Dialogue Partners, namely Japan, Chile and Peru.\n")
    assert {(c, "memberOf", "Reef Forum") for c in ("Japan", "Chile", "Peru")} <= rows


def test_a_partnership_apposed_to_the_object_just_named(tmp_path):
    rows, _ = facts(tmp_path, "Japan spoke. We reaffirmed our commitment to the Reef Pact, the trilateral security "
                              "partnership between Fiji, Tonga and Samoa.\n")
    assert {(c, "memberOf", "Reef Pact") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_friends_of_a_cause_is_a_group_with_members(tmp_path):
    rows, result = facts(tmp_path, "Aid is coordinated through the Friends of the Reef, a donor group that includes "
                                   "Japan, Chile and the World Bank.\n")
    assert ("Friends of the Reef", "Organisation") in {(e.label, e.cls) for e in result.entities}
    assert {(c, "memberOf", "Friends of the Reef") for c in ("Japan", "Chile", "World Bank")} <= rows


def test_a_gathering_two_countries_will_co_chair(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Meeting, which Fiji and Tonga will co-chair, opens today. Samoa, as co-chair of "
                              "the Reef Forum, spoke.\n")
    assert {("Fiji", "coHosted", "Reef Meeting"), ("Tonga", "coHosted", "Reef Meeting")} <= rows
    assert not any(s == "Samoa" for s, _, _ in rows)


def test_the_member_countries_named_after_namely(tmp_path):
    rows, _ = facts(tmp_path, "Since 2016 the Reef Cooperation (RC) has become a platform for cooperation among the "
                              "three member countries, namely Fiji, Tonga and Samoa.\n")
    assert {(c, "memberOf", "Reef Cooperation") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_a_gathering_meets_where_its_guests_travel_to_for_it(tmp_path):
    rows, _ = facts(tmp_path, "The minister will travel to Suva, Fiji from May 15 to 16 for the Ninth Reef Forum "
                              "Ministers' Meeting. Tonga will travel to Apia for talks on the Reef Summit.\n")
    assert ("Ninth Reef Forum Ministers' Meeting", "heldIn", "Suva") in rows
    assert not any(p == "heldIn" and o == "Apia" for _, p, o in rows)


def test_the_two_parties_a_text_is_named_between_sign_it(tmp_path):
    rows, _ = facts(tmp_path, "The leaders witnessed the signing of several agreements, among them:\n\n"
                              "- Memorandum of Understanding between the Fiji Coast Guard and the Tonga Coast Guard on "
                              "Maritime Cooperation;\n\n- Memorandum of Understanding on Fisheries between the Ministry "
                              "of Fisheries of Samoa and the Ministry of Fisheries of Nauru.\n")
    assert {("Fiji Coast Guard", "signed", "Memorandum of Understanding between the Fiji Coast Guard and the Tonga Coast "
             "Guard on Maritime Cooperation"),
            ("Tonga Coast Guard", "signed", "Memorandum of Understanding between the Fiji Coast Guard and the Tonga Coast "
             "Guard on Maritime Cooperation")} <= rows
    assert sum(1 for _, p, o in rows if p == "signed" and "Fisheries between" in o) == 2


def test_the_retreat_calls_back_the_retreat_named_before(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Ministers' Retreat opened in Suva. The Retreat was attended by the ministers "
                              "and representatives of Fiji, Tonga and Samoa.\n")
    assert {(c, "participatedIn", "Reef Ministers' Retreat") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_a_mission_joined_to_its_year_is_an_exercise_held_where_it_is_named(tmp_path):
    from diplograph.extract.relations import classify_event

    assert classify_event("Reef Mission-2021") == ("Exercise", "COOPERATE")
    assert classify_event("UN Mission in Reef Sudan")[0] == "Operation"
    rows, _ = facts(tmp_path, 'The drill has been held regularly, including "Reef Mission-2007" in Suva, Fiji.\n')
    assert ("Reef Mission-2007", "heldIn", "Suva") in rows


def test_a_place_named_after_its_kind(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Summit was held in the coastal town of Queenscliff. The Coral Summit was held "
                              "in the northern Thai city of Chiang Rai.\n")
    assert {("Reef Summit", "heldIn", "Queenscliff"), ("Coral Summit", "heldIn", "Chiang Rai")} <= rows


def test_the_guests_a_host_welcomes_at_a_gathering(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the leaders of Tonga and Samoa at the first Reef Summit in Suva.\n")
    assert {("Tonga", "participatedIn", "first Reef Summit"), ("Samoa", "participatedIn", "first Reef Summit"),
            ("Fiji", "hosted", "first Reef Summit")} <= rows


def test_the_attendees_at_a_gathering_or_its_venue(tmp_path):
    rows, _ = facts(tmp_path, "The fourth Reef Summit opened in Suva. Attendees at Blenheim included leaders from Tonga "
                              "and Samoa.\n")
    assert {("Tonga", "participatedIn", "fourth Reef Summit"), ("Samoa", "participatedIn", "fourth Reef Summit")} <= rows


def test_this_phase_and_that_exercise_call_back_the_exercise(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Reef Shield 2024 opened. Phase I of the exercise was held in Suva. The Fijian "
                              "Air Force and the Royal Air Force (RAF) of Tonga participated in this phase with Rafale "
                              "fighters. Naval delegations from Samoa and Nauru attended that exercise as observers.\n")
    assert {(s, "participatedIn", "Exercise Reef Shield 2024")
            for s in ("Fijian Air Force", "Royal Air Force", "Samoa", "Nauru")} <= rows
    assert ("Tonga", "participatedIn", "Exercise Reef Shield 2024") not in rows     # the force of Tonga took part


def test_a_gathering_held_past_its_short_form_in_brackets(tmp_path):
    rows, _ = facts(tmp_path, "The Sixteenth Reef Inter-Sessional Meeting on Fisheries (16th ARF ISM on F) was held in "
                              "Suva, Fiji, on 27-28 March 2019.\n")
    assert ("Sixteenth Reef Inter-Sessional Meeting on Fisheries", "heldIn", "Suva") in rows


def test_earlier_editions_listed_by_year_are_events_held_where_the_list_says(tmp_path):
    rows, result = facts(tmp_path, "Fiji and Tonga held the Fiji-Tonga Joint Exercise (Reef Guardian 24).\n\nPrevious "
                                   "exercises:\n- Reef Guardian 2019: held at Suva, Fiji (October 2019)\n")
    assert ("Reef Guardian 2019", "Event") in {(e.label, e.cls) for e in result.entities}
    assert ("Reef Guardian 2019", "heldIn", "Suva") in rows


def test_parties_that_became_members_or_partners_of_the_body_named(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Group met in Suva. The group expanded in 2010 when Tonga joined, and again last "
                              "year when Samoa and Nauru became members. Palau became a member in April 2023.\n\n"
                              "Chile and Peru became Reef Group partner countries on Jan. 1, alongside Japan.\n")
    assert {(c, "memberOf", "Reef Group") for c in ("Tonga", "Samoa", "Nauru", "Palau")} <= rows
    assert {(c, "partnerOf", "Reef Group") for c in ("Chile", "Peru", "Japan")} <= rows


def test_a_relative_clause_whose_subject_is_counted_or_a_pronoun(tmp_path):
    rows, _ = facts(tmp_path, "Fiji, Tonga and Samoa coordinate relief under the Reef Arrangement, a pact the three "
                              "countries signed in 1992. Nauru said it values the Reef Treaty, which it signed in 1995.\n")
    assert {(c, "signed", "Reef Arrangement") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert ("Nauru", "signed", "Reef Treaty") in rows


def test_the_countries_opening_a_signed_texts_name_signed_it(tmp_path):
    rows, _ = facts(tmp_path, "It follows the Fiji-Tonga Reef Access Agreement, signed in January 2022, and Samoa and "
                              "Nauru signed the Samoa-Nauru Logistics Arrangement in 2020. The Fiji-Palau Fisheries "
                              "Agreement entered into force.\n")
    assert {(c, "signed", "Fiji-Tonga Reef Access Agreement") for c in ("Fiji", "Tonga")} <= rows
    assert {(c, "signed", "Samoa-Nauru Logistics Arrangement") for c in ("Samoa", "Nauru")} <= rows
    assert not [r for r in rows if r[1] == "signed" and r[2] == "Fiji-Palau Fisheries Agreement"]


def test_a_named_grouping_of_parties_has_them_as_members(tmp_path):
    rows, _ = facts(tmp_path, "Talks grew out of the BRICS grouping of Fiji, Tonga, Samoa and Nauru. Palau praised "
                              "the strategic partnership between Tuvalu and Kiribati.\n")
    assert {(c, "memberOf", "BRICS") for c in ("Fiji", "Tonga", "Samoa", "Nauru")} <= rows
    assert not [r for r in rows if r[1] == "memberOf" and r[0] in ("Tuvalu", "Kiribati")]


def test_a_party_chairing_a_body_is_its_member_and_does_not_attend_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji attended as chair of the Pacific Islands Forum, Tonga as this year's president of "
                              "the Group of 20 and Samoa as chair of the African Union.\n")
    assert {("Fiji", "memberOf", "Pacific Islands Forum"), ("Tonga", "memberOf", "Group of Twenty"),
            ("Samoa", "memberOf", "African Union")} <= rows
    assert ("Fiji", "participatedIn", "Pacific Islands Forum") not in rows


def test_an_event_apposed_as_a_gathering_of_parties(tmp_path):
    rows, _ = facts(tmp_path, "Observers joined Exercise Reef Shield 2024, the annual exercise of the Royal "
                              "Australian Navy and Tonga, held in May. The Coral Summit, the first summit of the leaders of Samoa and "
                              "Nauru, ended.\n")
    assert {("Royal Australian Navy", "participatedIn", "Exercise Reef Shield 2024"),
            ("Tonga", "participatedIn", "Exercise Reef Shield 2024"),
            ("Samoa", "participatedIn", "Coral Summit"), ("Nauru", "participatedIn", "Coral Summit")} <= rows


def test_members_set_off_by_double_hyphens_after_a_bodys_short_form(tmp_path):
    rows, _ = facts(tmp_path, "Troops from four Reef Command (RC) member states -- Fiji, Tonga, Samoa and Nauru -- "
                              "are taking part.\n")
    assert {(c, "memberOf", "Reef Command") for c in ("Fiji", "Tonga", "Samoa", "Nauru")} <= rows


def test_a_gathering_that_brought_together_parties_listed_after_a_description(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the Reef Summit in Suva in July, which brought together leaders from "
                              "countries near Fiji, including Tonga, Samoa and Nauru.\n\nThe Coral Summit brought "
                              "together representatives of all 6 Coral participants, namely the three Reef members - "
                              "Palau, Tuvalu and Kiribati - together with Chile and Peru.\n")
    assert {(c, "participatedIn", "Reef Summit") for c in ("Tonga", "Samoa", "Nauru")} <= rows
    assert {(c, "participatedIn", "Coral Summit") for c in ("Palau", "Tuvalu", "Kiribati", "Chile", "Peru")} <= rows


def test_a_sentence_opening_with_the_meeting_is_about_the_last_sentences_subject(tmp_path):
    rows, _ = facts(tmp_path, "Suva (FBC) – The Fifth Reef Forum took place in Suva on July 27, as part of the 9th Coral "
                              "Ministers' Meeting hosted by Fiji.\n\nThe meeting brought together foreign ministers of "
                              "Tonga, Samoa and Nauru.\n")
    assert {(c, "participatedIn", "Fifth Reef Forum") for c in ("Tonga", "Samoa", "Nauru")} <= rows
    assert not [r for r in rows if r[1] == "participatedIn" and r[2] == "9th Coral Ministers' Meeting"]


def test_those_joined_or_met_at_a_gathering_took_part(tmp_path):
    rows, _ = facts(tmp_path, "Its president joined the leaders of Fiji, Tonga and Samoa at the Reef Leaders' Summit in "
                              "Suva. The premier met with the foreign ministers of Nauru and Palau at the Coral Forum "
                              "Summit.\n")
    assert {(c, "participatedIn", "Reef Leaders' Summit") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {(c, "participatedIn", "Coral Forum Summit") for c in ("Nauru", "Palau")} <= rows


def test_a_partnerships_partners_are_its_members_a_bodys_are_not(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Security Partnership (RSP) was launched in 2022. The RSP partners are Fiji, Tonga "
                              "and Samoa. The Reef Partnership partners include Nauru. The ASEAN partners are Chile "
                              "and Peru.\n")
    assert {(c, "memberOf", "Reef Security Partnership") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert ("Nauru", "memberOf", "Reef Partnership") in rows
    assert not [r for r in rows if r[1] == "memberOf" and r[0] in ("Chile", "Peru")]


@pytest.mark.parametrize("aside", [", the Reef Union's partners in the Pacific,", " - the Reef Union's partners in the Pacific -"])
def test_an_aside_saying_whose_partners_a_list_is_stands_between_it_and_its_verb(tmp_path, aside):
    rows, _ = facts(tmp_path, f"Fiji, Tonga and Samoa{aside} attended the Coral Summit.\n")
    assert {(c, "partnerOf", "Reef Union") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {(c, "participatedIn", "Coral Summit") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert not [r for r in rows if r[1] == "partnerOf" and r[2] in ("Tonga", "Samoa")]


def test_who_concludes_an_exercise_took_part_who_concludes_a_treaty_signed(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga concluded the Coral Shield exercise yesterday. Samoa and Nauru concluded the "
                              "Reef Treaty in 2019.\n")
    assert {("Fiji", "participatedIn", "Coral Shield"), ("Tonga", "participatedIn", "Coral Shield")} <= rows
    assert {("Samoa", "signed", "Reef Treaty"), ("Nauru", "signed", "Reef Treaty")} <= rows
    assert not [r for r in rows if r[1] == "signed" and r[2] == "Coral Shield"]


def test_those_alongside_a_participant_took_part_too(tmp_path):
    rows, _ = facts(tmp_path, "Fiji took part in the Coral Shield exercise, along with Tonga and Samoa. Nauru attended "
                              "the Reef Summit together with Palau.\n")
    assert {(c, "participatedIn", "Coral Shield") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {(c, "participatedIn", "Reef Summit") for c in ("Nauru", "Palau")} <= rows


def test_a_gathering_brought_together_a_long_description_then_the_bodies_included(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Summit, hosted by Fiji, brought together more than 100 representatives from over "
                              "40 countries as well as heads and senior officials of regional development agencies, "
                              "including the Coral Fund and the Reef Agency.\n")
    assert {(b, "participatedIn", "Reef Summit") for b in ("Coral Fund", "Reef Agency")} <= rows


def test_members_listed_right_after_a_bodys_member_states(tmp_path):
    rows, _ = facts(tmp_path, "Leaders of the Reef Union member states Fiji, Tonga and Samoa attended the meeting. "
                              "The Reef Union member states Ministers met.\n")
    assert {(c, "memberOf", "Reef Union") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_whose_member_agencies_include(tmp_path):
    rows, _ = facts(tmp_path, "The office serves the Reef Council, whose member agencies include the Coral Agency and "
                              "the Reef Fund.\n")
    assert {(b, "memberOf", "Reef Council") for b in ("Coral Agency", "Reef Fund")} <= rows


def test_an_aside_after_countries_names_the_body_they_are_members_of(tmp_path):
    rows, _ = facts(tmp_path, "The bid was held up by Fiji and Tonga, the only two Reef Union members yet to ratify it. "
                              "Samoa, the only Coral Forum member to have joined, agreed.\n")
    assert {("Fiji", "memberOf", "Reef Union"), ("Tonga", "memberOf", "Reef Union"),
            ("Samoa", "memberOf", "Coral Forum")} <= rows


def test_a_passive_after_a_date_aside_is_of_the_name_before(tmp_path):
    rows, _ = facts(tmp_path, "Fiji brokered the Reef Grain Initiative in July 2022, which was signed in Suva by Tonga, "
                              "Samoa and the UN.\n")
    assert {(p, "signed", "Reef Grain Initiative") for p in ("Tonga", "Samoa", "United Nations")} <= rows


def test_one_party_that_has_set_up_a_body_initiated_it_two_established_ties(tmp_path):
    rows, _ = facts(tmp_path, "Fiji has set up the Reef Development Center and the Coral Fund. Tonga had established the "
                              "Lagoon Initiative in April. Samoa and Nauru have established a joint commission.\n")
    assert {("Fiji", "initiated", "Reef Development Center"), ("Fiji", "initiated", "Coral Fund"),
            ("Tonga", "initiated", "Lagoon Initiative"), ("Samoa", "establishedWith", "Nauru")} <= rows


def test_an_aside_says_whose_partner_a_name_is(tmp_path):
    rows, _ = facts(tmp_path, "Palau was not invited, and Fiji, Tonga's closest partner, stayed away. Samoa, a key partner "
                              "of the Reef Union since 2019, agreed. Nauru, Tonga's envoy said, agreed.\n")
    assert {("Fiji", "partnerOf", "Tonga"), ("Samoa", "partnerOf", "Reef Union")} <= rows
    assert not [r for r in rows if r[0] in ("Nauru", "Palau") and r[1] == "partnerOf"]


def test_who_sends_relief_to_a_country_supports_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji, through its aid agency, extended emergency relief goods to Tonga, including tents. "
                              "Samoa sent 20 tons of medical supplies to Nauru. Palau sent its troops to Tonga.\n")
    assert {("Fiji", "supports", "Tonga"), ("Samoa", "supports", "Nauru")} <= rows
    assert ("Palau", "supports", "Tonga") not in rows


def test_a_country_nested_in_the_object_before_and_is_no_subject(tmp_path):
    rows, _ = facts(tmp_path, "Fiji firmly abides by the one-China principle and supports the Reef Initiative.\n")
    assert ("Fiji", "supports", "Reef Initiative") in rows
    assert ("China", "supports", "Reef Initiative") not in rows


def test_an_envoy_who_says_his_country_acts_speaks_for_the_country_named_before(tmp_path):
    rows, _ = facts(tmp_path, "Fiji's permanent representative Sitiveni Rabuka said his country firmly supports the Reef "
                              "Initiative.\n")
    assert ("Fiji", "supports", "Reef Initiative") in rows


def test_a_conference_of_the_parties_is_held_in_its_city_and_the_country_after_it(tmp_path):
    rows, _ = facts(tmp_path, "The fund was set up at COP27 in Vaiala el-Palm, Fiji, in 2022. The Reef Exercise 2018, "
                              "held in Lagoon Bay, Tonga, was joined by Samoa.\n")
    assert {("COP27", "heldIn", "Vaiala el-Palm"), ("Reef Exercise 2018", "heldIn", "Lagoon Bay"),
            ("Reef Exercise 2018", "heldIn", "Tonga"), ("COP27", "heldIn", "Fiji")} <= rows
    assert ("Samoa", "heldIn", "Tonga") not in rows


def test_the_countries_that_founded_a_body_are_its_members(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Union was founded in Suva in 2001 by Fiji, Tonga and Samoa. The Coral Initiative "
                              "was founded by Nauru.\n")
    assert {(c, "memberOf", "Reef Union") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert ("Fiji", "initiated", "Reef Union") in rows
    assert ("Nauru", "memberOf", "Coral Initiative") not in rows       # an initiative has no members


def test_a_member_with_a_hyphenated_adjective_is_a_member(tmp_path):
    rows, _ = facts(tmp_path, "Fiji is a long-standing member of the Reef Union. Tonga is a non-permanent member of the "
                              "Coral Council.\n")
    assert {("Fiji", "memberOf", "Reef Union"), ("Tonga", "memberOf", "Coral Council")} <= rows


def test_an_event_that_drew_participants_from_countries_had_them_take_part(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Reef Shield 2024 drew participants from Fiji, Tonga and Samoa. The Coral Summit "
                              "attracted more than 300 delegations from Nauru and Palau.\n")
    assert {(c, "participatedIn", "Exercise Reef Shield 2024") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {(c, "participatedIn", "Coral Summit") for c in ("Nauru", "Palau")} <= rows


def test_countries_whose_troops_serve_with_a_mission_take_part_in_it(tmp_path):
    rows, _ = facts(tmp_path, "Troops from Fiji, Tonga and Samoa currently serve with the Reef Stabilisation Mission "
                              "(RSM). Troops from Palau and Nauru serve in the Lagoon Mission. He served in Tuvalu.\n")
    assert {(c, "participatedIn", "Reef Stabilisation Mission") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {(c, "participatedIn", "Lagoon Mission") for c in ("Palau", "Nauru")} <= rows
    assert not {(s, p, o) for s, p, o in rows if o == "Tuvalu"}


def test_who_equips_a_country_or_its_forces_supports_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji has provided coastal radar systems to the Tongan Navy. Samoa delivered howitzers to "
                              "Nauru. The talks urged Palau to prevent any supply of weapons to Nauru.\n")
    assert {("Fiji", "supports", "Tongan Navy"), ("Samoa", "supports", "Nauru")} <= rows
    assert ("Palau", "supports", "Nauru") not in rows


def test_the_places_a_mission_stops_in_are_where_it_was_held(tmp_path):
    rows, _ = facts(tmp_path, "Reef Partnership 2024 made port calls in Fiji and Tonga.\n")
    assert {("Reef Partnership 2024", "heldIn", "Fiji"), ("Reef Partnership 2024", "heldIn", "Tonga")} <= rows


def test_those_an_event_is_held_with_take_part_in_it_unless_they_hold_it_together(tmp_path):
    rows, _ = facts(tmp_path, "The Ministers held the 11th Reef Plus Three Consultation with Fiji, Tonga and Samoa. "
                              "Nauru conducted the Coral Shield 2018 joint exercise with Palau. Fiji held the Reef "
                              "Training Course together with Nauru. Tonga co-hosted the Reef Summit with "
                              "Samoa.\n")
    assert {(c, "participatedIn", "11th Reef Plus Three Consultation") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {("Nauru", "participatedIn", "Coral Shield 2018"), ("Palau", "participatedIn", "Coral Shield 2018")} <= rows
    assert {("Fiji", "coHosted", "Reef Training Course"), ("Nauru", "coHosted", "Reef Training Course"),
            ("Tonga", "coHosted", "Reef Summit"), ("Samoa", "coHosted", "Reef Summit")} <= rows
    assert not [r for r in rows if r[1] == "coHosted" and r[2] in ("11th Reef Plus Three Consultation", "Coral Shield 2018")]


def test_who_launches_an_operation_alone_initiated_it(tmp_path):
    rows, _ = facts(tmp_path, "Fiji launched Operation Reef Guardian in December, and the Coral Union launched its own "
                              "Operation Lagoon in February.\n")
    assert {("Fiji", "initiated", "Operation Reef Guardian"), ("Coral Union", "initiated", "Operation Lagoon")} <= rows
    assert not [r for r in rows if r[1] == "participatedIn"]


def test_who_works_with_someone_is_not_said_to_be_its_partner(tmp_path):
    rows, _ = facts(tmp_path, "Teams from Fiji and Tonga worked with the Reef Disaster Office. Samoa deepened its "
                              "cooperation with Nauru.\n")
    assert not [r for r in rows if r[1] == "partnerOf" and "Reef Disaster Office" in (r[0], r[2])]
    assert ("Samoa", "partnerOf", "Nauru") in rows or ("Nauru", "partnerOf", "Samoa") in rows


def test_countries_that_are_not_members_are_not_members(tmp_path):
    rows, _ = facts(tmp_path, "Neighbouring Fiji and Tonga, which are not members of the Reef Union, stayed away. Samoa "
                              "is a member of the Reef Union.\n")
    assert ("Samoa", "memberOf", "Reef Union") in rows
    assert not [r for r in rows if r[0] in ("Fiji", "Tonga") and r[1] == "memberOf"]


def test_an_indefinite_apposition_with_its_adjectives_ends_the_list_of_objects(tmp_path):
    rows, _ = facts(tmp_path, "Fiji launched the Coral Initiative, a new Pacific Islands Forum programme on fisheries.\n")
    assert ("Fiji", "initiated", "Coral Initiative") in rows
    assert not [r for r in rows if r[2] == "Pacific Islands Forum"]


def test_parties_listed_with_a_party_noun_or_beside_one_are_in_the_gathering_of_the_report(tmp_path):
    rows, _ = facts(tmp_path, "The navies opened Exercise Blue Harbour 2025 off Varna on Monday. Taking part alongside "
                              "Norway are Finland and Chile. Among the participating countries are Kenya and Ghana. "
                              "Participating nations include Peru. Participating nations this year are Chad and Niger.\n\nThe Zambezi Food Summit opened in Lusaka. Among "
                              "those present were leaders of Malawi and Zambia. Also in attendance were Angola and "
                              "Namibia.\n")
    exercise, summit = "Exercise Blue Harbour 2025", "Zambezi Food Summit"
    assert {(c, "participatedIn", exercise) for c in ("Norway", "Finland", "Chile", "Kenya", "Ghana", "Peru", "Chad", "Niger")} <= rows
    assert {(c, "participatedIn", summit) for c in ("Malawi", "Zambia", "Angola", "Namibia")} <= rows
    assert not {(c, "participatedIn", exercise) for c in ("Malawi", "Zambia", "Angola", "Namibia")} & rows


def test_plural_kinds_and_this_years_edition_call_the_gathering_back(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Blue Harbour 2025 began in Varna on Monday. Troops from Finland and Chile are "
                              "taking part in the drills. The drills involve Kenya. This year's edition also "
                              "involves Peru.\n")
    assert {(c, "participatedIn", "Exercise Blue Harbour 2025") for c in ("Finland", "Chile", "Kenya", "Peru")} <= rows


def test_a_place_the_rules_name_where_a_name_was_found_is_that_mention_not_a_second_one(tmp_path):
    # "held in Fiji" read after the event, where the gazetteer already found the country: one
    # mention per span (two would share an IRI and give it two rules, which the shapes reject)
    rows, result = facts(tmp_path, "The two-day Summit on Reef Peace in Fiji concluded on June 16.\n"
                                   "Samoa and Tonga took part in the summit.\n")
    assert ("Summit on Reef Peace", "heldIn", "Fiji") in rows
    spans = [(m.start, m.end) for m in result.mentions]
    assert len(spans) == len(set(spans))


def test_a_gathering_in_a_city_and_its_country_is_held_in_both(tmp_path):
    rows, _ = facts(tmp_path, "Ministers met at the 12th Reef Security Meeting in Lautoka, Fiji, last week. The "
                              "Reef Rescue Exercise 2024, held in Neiafu, Tonga, was joined by Samoa.\n")
    assert {("12th Reef Security Meeting", "heldIn", "Lautoka"), ("12th Reef Security Meeting", "heldIn", "Fiji"),
            ("Reef Rescue Exercise 2024", "heldIn", "Neiafu"), ("Reef Rescue Exercise 2024", "heldIn", "Tonga")} <= rows
    assert ("12th Reef Security Meeting", "heldIn", "Tonga") not in rows


def test_statements_in_support_of_or_backing_an_agreement_called_back_support_it(tmp_path):
    rows, _ = facts(tmp_path, "Malawi and Zambia signed the Lilongwe Declaration on Wednesday.\n\n"
                              "Regional reaction\n\n"
                              "Kenya and Ghana issued statements backing the deal. Chad also issued a statement in "
                              "support of the declaration.\n")
    assert {(c, "supports", "Lilongwe Declaration") for c in ("Kenya", "Ghana", "Chad")} <= rows


def test_the_agreement_called_back_after_two_named_agreements_is_neither(tmp_path):
    # an unnamed deal, then two older agreements told as history: "the agreement" is the unnamed one
    rows, _ = facts(tmp_path, "Malawi and Zambia agreed to restore ties in a deal brokered by Kenya.\n\n"
                              "They will implement the Lusaka Transit Agreement of 2001 and the Blantyre Trade "
                              "Agreement of 1998.\n\n"
                              "Ghana and Chad issued statements in support of the agreement.\n")
    assert not {(s, p, o) for s, p, o in rows if s in ("Ghana", "Chad") and p == "supports"}


def test_a_body_said_to_support_after_a_quote_mark_is_the_bloc_not_the_speakers_council(tmp_path):
    rows, _ = facts(tmp_path, "Speaking for the Reef Union, the President of the Reef Council said the bloc fully "
                              "supports the Reef Pact for the Future.\n")
    assert ("Reef Council", "supports", "Reef Pact for the Future") not in rows
    rows, _ = facts(tmp_path, "Leaders adopted the Reef Pact for the Future.\n\n"
                              'The Reef Union said it "fully supports" the Pact.\n')
    assert ("Reef Union", "supports", "Reef Pact for the Future") in rows
    rows, _ = facts(tmp_path, "The Reef Council said it fully supports the Reef Pact for the Future.\n")
    assert ("Reef Council", "supports", "Reef Pact for the Future") in rows


def test_an_opening_gathering_with_its_host_in_an_aside_is_taken_part_in_by_the_clauses_subjects(tmp_path):
    rows, _ = facts(tmp_path, "At the first Reef-Lagoon Summit, hosted by Fiji in Suva in May 2023, Tonga, Samoa and "
                              "Palau signed the Suva Declaration with Fiji.\n")
    assert ("Fiji", "hosted", "first Reef-Lagoon Summit") in rows
    assert {(c, "participatedIn", "first Reef-Lagoon Summit") for c in ("Tonga", "Samoa", "Palau")} <= rows
    assert not {(s, p, o) for s, p, o in rows if p in ("hosted", "coHosted") and s != "Fiji"}


def test_an_exercise_that_includes_ships_from_countries_is_taken_part_in_by_them(tmp_path):
    rows, _ = facts(tmp_path, "The navies opened Exercise Lagoon 2024, a bilateral maritime exercise that this year "
                              "includes ships, aircraft and personnel from Japan, Canada and France.\n")
    assert {(c, "participatedIn", "Exercise Lagoon 2024") for c in ("Japan", "Canada", "France")} <= rows


def test_who_opens_an_exercise_without_an_article_or_on_a_day_takes_part(tmp_path):
    rows, result = facts(tmp_path, "Troops from Fiji and Tonga formally opened on Friday Exercise Lagoon 2025. Samoa "
                                   "and Palau opened Reef Shield 2024 on Monday.\n")
    assert {("Fiji", "participatedIn", "Exercise Lagoon 2025"), ("Tonga", "participatedIn", "Exercise Lagoon 2025"),
            ("Samoa", "participatedIn", "Reef Shield 2024"), ("Palau", "participatedIn", "Reef Shield 2024")} <= rows
    assert not [e for e in result.entities if e.label.startswith("Friday")]


def test_members_of_a_body_in_a_relative_clause_after_its_apposition_or_belonging_to_it(tmp_path):
    rows, _ = facts(tmp_path, "The treaty follows the approach of the Reef Islands Forum (RIF), of which both Fiji and "
                              "Tonga are members. The Lagoon Authority on Development (LAD), the eight-member bloc to "
                              "which both Samoa and Palau belong, met. France backed the LAD, the bloc of which Nauru "
                              "is a member. Kiribati belongs to the Coral Sea Community.\n")
    assert {("Fiji", "memberOf", "Reef Islands Forum"), ("Tonga", "memberOf", "Reef Islands Forum"),
            ("Samoa", "memberOf", "Lagoon Authority on Development"),
            ("Palau", "memberOf", "Lagoon Authority on Development"),
            ("Nauru", "memberOf", "Lagoon Authority on Development"),
            ("Kiribati", "memberOf", "Coral Sea Community")} <= rows


def test_a_bodys_allies_or_members_in_the_plural_and_members_listed_after_a_described_count(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Tonga are Reef Treaty Organization allies. Samoa and Palau are both Coral "
                              "Forum members. Japan and Korea are US allies. The Lagoon Initiative brings together "
                              "four countries around the Coral Sea: Nauru, Kiribati, Tuvalu and Vanuatu.\n")
    assert {("Fiji", "memberOf", "Reef Treaty Organization"), ("Tonga", "memberOf", "Reef Treaty Organization"),
            ("Samoa", "memberOf", "Coral Forum"), ("Palau", "memberOf", "Coral Forum")} <= rows
    assert {(c, "memberOf", "Lagoon Initiative") for c in ("Nauru", "Kiribati", "Tuvalu", "Vanuatu")} <= rows
    assert not {(s, p, o) for s, p, o in rows if p == "memberOf" and o in ("United States", "US")}


def test_a_city_between_the_verb_and_its_object_is_where_not_part_of_a_name(tmp_path):
    rows, result = facts(tmp_path, "Fourteen factions including Reef Front and Lagoon Movement on Tuesday signed in Suva "
                                   "the Suva Declaration on Ending Division. Japan hosted in Tokyo the Reef Ministers' "
                                   "Meeting.\n")
    assert {("Reef Front", "signed", "Suva Declaration on Ending Division"),
            ("Lagoon Movement", "signed", "Suva Declaration on Ending Division"),
            ("Japan", "hosted", "Reef Ministers' Meeting"), ("Reef Ministers' Meeting", "heldIn", "Tokyo")} <= rows
    assert not [e for e in result.entities if e.label.startswith("Suva the")]


def test_a_speakers_reported_clause_opens_with_its_subject_which_a_second_verb_shares(tmp_path):
    rows, _ = facts(tmp_path, "Sione bin Vake said Tonga firmly abides by the Reef Principle and supports the Lagoon "
                              "Development Initiative put forward by Fiji.\n")
    assert ("Tonga", "supports", "Lagoon Development Initiative") in rows
    assert ("Fiji", "supports", "Lagoon Development Initiative") not in rows


def test_proposing_that_parties_act_initiates_none_of_them(tmp_path):
    rows, _ = facts(tmp_path, "Fiji proposed that Tonga and the Reef Islands Forum countries make greater efforts. "
                              "Samoa proposed the Lagoon Initiative.\n")
    assert not {(s, p, o) for s, p, o in rows if p == "initiated" and s == "Fiji"}
    assert ("Samoa", "initiated", "Lagoon Initiative") in rows


def test_a_party_joining_later_is_no_founder_and_a_partner_country_of_a_body_is_its_partner(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Group was formed by Fiji, Tonga and Samoa in 2009, with Palau joining in 2010.\n\n"
                              "SUVA, Jan 1 (Reef Times) -- Nauru officially becomes a partner country of the Reef Group, "
                              "effective today.\n")
    assert {(c, "initiated", "Reef Group") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert ("Palau", "initiated", "Reef Group") not in rows
    assert ("Nauru", "partnerOf", "Reef Group") in rows
    assert not {(s, p, o) for s, p, o in rows if s == "Nauru" and o == "Reef Times"}


def test_the_two_countries_in_a_clause_are_the_pair_that_opens_the_sentence(tmp_path):
    rows, _ = facts(tmp_path, "Samoa and Palau met in Apia.\n\nFiji and Tonga are allies under the Reef Treaty, which "
                              "the two countries signed in 1960.\n")
    assert {("Fiji", "signed", "Reef Treaty"), ("Tonga", "signed", "Reef Treaty")} <= rows
    assert not {(s, p, o) for s, p, o in rows if p == "signed" and s in ("Samoa", "Palau")}


def test_an_exercise_in_single_quotes_or_with_its_year_between_or_among_parties(tmp_path):
    rows, _ = facts(tmp_path, "The 16th edition of the trilateral Coast Guard exercise 'Lagoon' among Fiji, Tonga and "
                              "Samoa began in Suva. Exercise Reef Shield 2024 between Palau and Nauru ended. At the Coral "
                              "Summit in 2024 between sessions, Kiribati and Tuvalu spoke.\n")
    assert {(c, "participatedIn", "Lagoon") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {("Palau", "participatedIn", "Exercise Reef Shield 2024"), ("Nauru", "participatedIn", "Exercise Reef Shield 2024")} <= rows
    assert not {(s, p, o) for s, p, o in rows if s in ("Kiribati", "Tuvalu") and p == "participatedIn" and o != "Coral Summit"}


def test_members_of_a_body_called_back_as_the_organization_the_bloc_or_it(tmp_path):
    rows, _ = facts(tmp_path, "Leaders of the Reef Treaty Organization (RTO) met in Suva on Monday, with the Lagoon "
                              "Council as guest. Fiji and Tonga are full members of the organization, while Samoa "
                              "holds observer status.\n\nThe Coral Process was set up in 2002 by Palau. It now has 45 "
                              "members, including Nauru and Kiribati.\n\nThe RTO was founded in 2009 under the Suva "
                              "Agreement signed by Fiji and Tonga. Vanuatu became a full member in 2019.\n")
    assert {("Fiji", "memberOf", "Reef Treaty Organization"), ("Tonga", "memberOf", "Reef Treaty Organization"),
            ("Nauru", "memberOf", "Coral Process"), ("Kiribati", "memberOf", "Coral Process"),
            ("Vanuatu", "memberOf", "Reef Treaty Organization")} <= rows
    assert not {(s, p, o) for s, p, o in rows if p == "memberOf" and o in ("Lagoon Council", "Suva Agreement")}
    assert ("Samoa", "memberOf", "Reef Treaty Organization") not in rows


def test_it_that_brought_a_gathering_together_is_no_body_with_members(tmp_path):
    rows, _ = facts(tmp_path, "The Coral Agreement set up the Reef Secretariat. It brought together Fiji and Tonga.\n")
    assert not {(s, p, o) for s, p, o in rows if p == "memberOf"}


def test_an_exercise_called_back_across_paragraphs_by_the_kind_its_apposition_gave_it(tmp_path):
    rows, _ = facts(tmp_path, "Coral Lion 2024, the largest annual exercise run by the Reef Command, brought together "
                              "troops from 27 countries.\n\nThe exercise, which ran for two weeks, grew from a "
                              "bilateral drill.\n\nParticipating countries included Brazil, France, The Gambia, "
                              "Germany and Zambia.\n")
    assert {(c, "participatedIn", "Coral Lion 2024")
            for c in ("Brazil", "France", "Gambia", "Germany", "Zambia")} <= rows


def test_host_nations_listed_after_a_gathering_co_host_it(tmp_path):
    rows, _ = facts(tmp_path, "Exercise Coral Lion 2024 brought together 8,100 troops from 27 countries across four "
                              "host nations: Fiji, Tonga, Samoa and Palau.\n")
    assert {(c, "coHosted", "Exercise Coral Lion 2024") for c in ("Fiji", "Tonga", "Samoa", "Palau")} <= rows


def test_this_years_participants_and_those_who_join_them_in_the_next_sentence(tmp_path):
    rows, _ = facts(tmp_path, "Personnel from 30 nations are taking part in Exercise Reef Lock 2024, which opened on "
                              "Monday.\n\nPacific participants this year include Fiji, Tonga and Samoa. They are joined "
                              "by Austria, Belgium and Canada.\n")
    assert {(c, "participatedIn", "Exercise Reef Lock 2024")
            for c in ("Fiji", "Tonga", "Samoa", "Austria", "Belgium", "Canada")} <= rows


def test_represented_at_the_meeting_calls_back_a_summit_when_no_meeting_is_named(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the Reef Leaders' Summit in Suva. Tonga, Samoa and Palau were all "
                              "represented at the meeting, the group's fourth summit.\n")
    assert {(c, "participatedIn", "Reef Leaders' Summit") for c in ("Tonga", "Samoa", "Palau")} <= rows


def test_the_meeting_calls_back_a_named_meeting_before_a_later_summit(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted the 18th Meeting of the Reef Council in Suva, a year after the Apia "
                              "Summit. Leaders of Tonga and Samoa attended the meeting.\n")
    assert {("Tonga", "participatedIn", "18th Meeting of the Reef Council"),
            ("Samoa", "participatedIn", "18th Meeting of the Reef Council")} <= rows
    assert ("Tonga", "participatedIn", "Apia Summit") not in rows


def test_parties_among_the_participants_or_observers_including_them(tmp_path):
    rows, _ = facts(tmp_path, "The Third Coral Summit was held in Suva.\n\nFiji, Tonga and Samoa were among the "
                              "countries represented. Palau was also among the participants. Several states attended "
                              "as observers, including Nauru and Kiribati.\n\nFrance and Japan were among the "
                              "countries that signed the Reef Treaty.\n")
    assert {(c, "participatedIn", "Third Coral Summit")
            for c in ("Fiji", "Tonga", "Samoa", "Palau", "Nauru", "Kiribati")} <= rows
    assert not {(s, p, o) for s, p, o in rows if p == "participatedIn" and s in ("France", "Japan")}


def test_a_summit_or_talks_named_after_a_city_were_held_there(tmp_path):
    rows, _ = facts(tmp_path, "Leaders met at NATO's Vilnius summit in July. The Pretoria peace talks ended. The "
                              "Beijing Declaration was adopted.\n")
    assert {("Vilnius summit", "heldIn", "Vilnius"), ("Pretoria peace talks", "heldIn", "Pretoria")} <= rows
    assert not {(s, p, o) for s, p, o in rows if p == "heldIn" and o == "Beijing"}


def test_supported_or_backed_by_in_the_passive(tmp_path):
    rows, _ = facts(tmp_path, "The atoll is claimed by the Reef Front, which is backed by Fiji. The Coral Sea "
                              "Initiative is now supported by 56 governments, including Tonga and Samoa, as well as "
                              "the European Commission. The Lagoon Plan, endorsed by Leaders in Apia, Palau, in 2019, "
                              "stands. The plan, backed by force, failed.\n")
    assert {("Fiji", "supports", "Reef Front")} | {(s, "supports", "Coral Sea Initiative")
                                                   for s in ("Tonga", "Samoa", "European Commission")} <= rows
    assert not {(s, p, o) for s, p, o in rows if p == "supports" and s == "Palau"}


def test_an_acronym_in_the_passive_is_what_was_launched_or_signed(tmp_path):
    rows, _ = facts(tmp_path, "The Joint Reef Force (JRF) met on Friday.\n\nThe JRF was launched by Fiji in 2014. The "
                              "Reef Security Treaty (RST) was agreed in Suva.\n\nThe RST was signed by Samoa in 2019.\n")
    assert {("Fiji", "initiated", "Joint Reef Force"), ("Samoa", "signed", "Reef Security Treaty")} <= rows


def test_those_who_send_a_forces_troops_take_part_in_it(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Regional Force (RRF), made up of troops from Fiji, Tonga and Samoa, was "
                              "deployed in 2022. The Lagoon Task Force, composed of contingents from Palau and Nauru, "
                              "fights the Coral Front. The Reef Council, made up of Kiribati and Tuvalu, met.\n")
    assert {(c, "participatedIn", "Reef Regional Force") for c in ("Fiji", "Tonga", "Samoa")} \
        | {(c, "participatedIn", "Lagoon Task Force") for c in ("Palau", "Nauru")} <= rows
    assert not {(s, p, o) for s, p, o in rows if o in ("Reef Regional Force", "Lagoon Task Force") and p == "memberOf"}
    assert ("Coral Front", "participatedIn", "Lagoon Task Force") not in rows
    assert {("Kiribati", "memberOf", "Reef Council"), ("Tuvalu", "memberOf", "Reef Council")} <= rows


def test_a_passive_said_of_a_name_past_its_unnamed_apposition(tmp_path):
    rows, _ = facts(tmp_path, "Unlike the Reef Union, the customs union formed by Fiji, Tonga and Samoa, the Lagoon "
                              "Alliance has no bureaucracy. Palau left the Coral Force, the regional force backed by "
                              "Nauru, leading Tuvalu and Kiribati to leave too.\n")
    assert {(c, "initiated", "Reef Union") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert ("Nauru", "supports", "Coral Force") in rows
    assert not {(s, p, o) for s, p, o in rows if p == "supports" and s in ("Tuvalu", "Kiribati")}


def test_members_named_in_an_apposition_of_a_number_of_states_including_them(tmp_path):
    rows, _ = facts(tmp_path, "Its work is set by the Reef Experts Group (REG), a core of 21 states including Fiji, "
                              "Tonga and Samoa, which plans exercises.\n")
    assert {(c, "memberOf", "Reef Experts Group") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_the_parties_of_a_relative_clause_signed_the_text_named_before_it(tmp_path):
    rows, _ = facts(tmp_path, "They noted the Reef Security Cooperation Framework (RSCF), which the defence chiefs of "
                              "Fiji, Tonga and Samoa signed in Suva in July.\n")
    assert {(c, "signed", "Reef Security Cooperation Framework") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_a_list_as_well_as_member_states_of_a_body_are_no_members_of_it(tmp_path):
    rows, _ = facts(tmp_path, "Participants included Fiji, Tonga and Samoa, as well as nine member states of the Reef "
                              "Union, including Palau.\n")
    assert not {(s, p, o) for s, p, o in rows if p == "memberOf" and s in ("Fiji", "Tonga", "Samoa")}


def test_nobody_attends_a_disaster_called_by_its_short_name(tmp_path):
    rows, _ = facts(tmp_path, "The 47th Reef Meeting was held in Suva after Cyclone Lola. \"We refused to let Lola "
                              "define us,\" the chair said.\n\nThe heads of government of Fiji and Tonga attended, while "
                              "Samoa was represented by a minister.\n")
    assert not {(s, p, o) for s, p, o in rows if o in ("Lola", "Cyclone Lola")}
    assert {("Tonga", "participatedIn", "47th Reef Meeting"), ("Samoa", "participatedIn", "47th Reef Meeting")} <= rows


def test_joining_a_body_named_by_its_acronym_is_membership(tmp_path):
    rows, _ = facts(tmp_path, "The Association of Reef Nations (ARN) met in Suva. Palau, which joined Arn in 1997, "
                              "attended. Nauru joined the ARN as an observer in 2019.\n")
    assert ("Palau", "memberOf", "Association of Reef Nations") in rows
    assert ("Nauru", "memberOf", "Association of Reef Nations") not in rows


def test_parties_listed_after_a_colon_are_the_subject_that_counts_them(tmp_path):
    rows, _ = facts(tmp_path, "The Second Reef Protocol was opened for signature in Suva.\n\n"
                              "The following countries signed the Protocol today: Fiji, Tonga and Samoa.\n\n"
                              "Twenty-two states signed the Lagoon Accord: Nauru and Palau.\n\n"
                              "The Coral Treaty has been signed and ratified by 13 countries: Kiribati and Tuvalu.\n")
    assert {(c, "signed", "Second Reef Protocol") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {("Nauru", "signed", "Lagoon Accord"), ("Palau", "signed", "Lagoon Accord")} <= rows
    assert {("Kiribati", "signed", "Coral Treaty"), ("Tuvalu", "signed", "Coral Treaty")} <= rows


def test_a_list_after_a_colon_names_no_subject_the_sentence_already_has(tmp_path):
    rows, _ = facts(tmp_path, "Fiji signed the Lagoon Accord in three languages: English, French and Spanish. "
                              "Several states signed the Coral Treaty, Tonga said: Fiji was first.\n")
    assert ("Fiji", "signed", "Lagoon Accord") in rows
    assert not [r for r in rows if r[0] == "Tonga"]


def test_countries_taking_part_for_the_first_time_listed_after_a_colon(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Exercise 2024 began on Monday. Four countries are taking part for the first "
                              "time: Fiji, Tonga and Samoa.\n")
    assert {(c, "participatedIn", "Reef Exercise 2024") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_joining_a_body_called_back_by_what_it_is(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Ransomware Initiative was founded in 2021. The initiative now counts 50 "
                              "members after Fiji and Tonga joined this year. Samoa joined the initiative last "
                              "year.\n\nThe Lagoon Coalition was formed in 2020. Nauru and Palau joined the "
                              "coalition in 2022.\n")
    assert {("Fiji", "memberOf", "Reef Ransomware Initiative"), ("Tonga", "memberOf", "Reef Ransomware Initiative"),
            ("Samoa", "participatedIn", "Reef Ransomware Initiative")} <= rows
    assert {("Nauru", "memberOf", "Lagoon Coalition"), ("Palau", "memberOf", "Lagoon Coalition")} <= rows


def test_who_funds_a_mechanism_supports_it(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Resilience Initiative, which is funded by voluntary contributions from Fiji "
                              "and Tonga, was launched. The Lagoon Fund is financed by Samoa.\n")
    assert {("Fiji", "supports", "Reef Resilience Initiative"), ("Tonga", "supports", "Reef Resilience Initiative"),
            ("Samoa", "supports", "Lagoon Fund")} <= rows


def test_a_gathering_held_here_met_in_the_datelines_city(tmp_path):
    rows, _ = facts(tmp_path, "Suva, Mar 1 (Reef News) The VIII Summit of the Reef Community concluded on Friday in "
                              "this capital with the adoption of the Suva Declaration.\n\n"
                              "Tonga signed the Lagoon Accord at the 9th Reef Summit here.\n")
    assert {("VIII Summit of the Reef Community", "heldIn", "Suva"), ("9th Reef Summit", "heldIn", "Suva")} <= rows


def test_here_without_a_dateline_or_a_gathering_before_it_places_nothing(tmp_path):
    rows, _ = facts(tmp_path, "The VIII Summit of the Reef Community opened here on Friday.\n\n"
                              "Apia, Mar 2 (Reef News) Tonga said the Reef Community is here to stay.\n")
    assert not [r for r in rows if r[1] == "heldIn"]


def test_leaders_named_with_particles_and_envoys_of_two_kinds_are_among_those_present(tmp_path):
    rows, _ = facts(tmp_path, "The 56th Reef Summit was held in Suva. Among those present were President Luiz "
                              "Inácio Lula da Silva of Tonga and President Ana Kami of Samoa, as well as prime "
                              "ministers and foreign ministers from Nauru and Palau.\n")
    assert {(c, "participatedIn", "56th Reef Summit") for c in ("Tonga", "Samoa", "Nauru", "Palau")} <= rows


def test_contingents_come_from_and_troops_sent_take_part_in_the_gathering_reported(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Exercise 2024 began in Suva on Monday. Besides Fiji and Tonga, contingents "
                              "have come from Samoa and Nauru, among others. Kiribati and Tuvalu also sent troops.\n\n"
                              "The Lagoon Council met in 2020. Palau sent a letter.\n")
    assert {(c, "participatedIn", "Reef Exercise 2024")
            for c in ("Fiji", "Tonga", "Samoa", "Nauru", "Kiribati", "Tuvalu")} <= rows
    assert not [r for r in rows if r[0] == "Palau"]


def test_an_exercise_of_a_long_kind_with_the_participation_of_contingents(tmp_path):
    rows, _ = facts(tmp_path, "The Reef-2020 (Coral-2020) strategic command and staff exercise with the participation "
                              "of military contingents from Samoa and Nauru has begun.\n")
    assert {("Samoa", "participatedIn", "Reef-2020"), ("Nauru", "participatedIn", "Reef-2020")} <= rows


def test_a_body_itself_groups_its_members(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Basin Commission (RBC) was founded in 1964. The RBC itself groups Fiji, Tonga "
                              "and Samoa.\n")
    assert {(c, "memberOf", "Reef Basin Commission") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_the_delegations_present_somewhere_were_those_of(tmp_path):
    rows, _ = facts(tmp_path, "The 2023 Reef Plenary Meeting was held in Suva. Among the delegations present in Suva "
                              "were those of Tonga, Samoa and Nauru.\n")
    assert {(c, "participatedIn", "2023 Reef Plenary Meeting") for c in ("Tonga", "Samoa", "Nauru")} <= rows


def test_a_meeting_brought_together_the_chiefs_of_defence_staff_of(tmp_path):
    rows, _ = facts(tmp_path, "The two-day Meeting of Chiefs of Defence Staff of the Reef Council, hosted by Fiji at "
                              "the Reef headquarters, brought together the chiefs of defense staff of Tonga and Samoa, "
                              "as well as Palau.\n")
    meeting = "Meeting of Chiefs of Defence Staff of the Reef Council"
    assert {(c, "participatedIn", meeting) for c in ("Tonga", "Samoa", "Palau")} <= rows


def test_delegations_included_and_representatives_of_bodies_along_with_them(tmp_path):
    rows, _ = facts(tmp_path, "The 2023 Reef Dialogue opened in Suva on Friday. Delegations this year included Tonga "
                              "and Samoa, along with representatives of the European Union and the Pacific Islands "
                              "Forum.\n")
    assert {(p, "participatedIn", "2023 Reef Dialogue")
            for p in ("Tonga", "Samoa", "European Union", "Pacific Islands Forum")} <= rows


def test_countries_known_as_a_group_are_its_members(tmp_path):
    rows, _ = facts(tmp_path, "Fiji, Tonga and Samoa, known as the Coral Group, said they would act. Nauru, known as the "
                              "Pleasant Island, agreed.\n")
    assert {(c, "memberOf", "Coral Group") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert not [r for r in rows if r[0] == "Nauru"]


def test_a_description_in_the_paragraph_before_calls_back_the_gathering_named_further_back(tmp_path):
    rows, _ = facts(tmp_path, "The ninth Reef Dialogue on Pacific Security concluded in Suva today.\n\n"
                              "The international conference was co-organized by the Ministry of Foreign Affairs of "
                              "Fiji.\n\n"
                              "Delegations from Tonga and Samoa took part, alongside representatives of the United "
                              "Nations and the European Union.\n")
    dialogue = "ninth Reef Dialogue on Pacific Security"
    assert {(p, "participatedIn", dialogue) for p in ("Tonga", "Samoa", "United Nations", "European Union")} <= rows


def test_a_conference_named_with_a_capital_is_no_description_of_the_summit_before(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Summit came one day after Fiji hosted the Conference in Support of Tonga in "
                              "Suva.\n")
    assert ("Fiji", "hosted", "Reef Summit") not in rows


def test_none_of_the_parties_listed_attended(tmp_path):
    rows, result = facts(tmp_path, "The Third Reef Meeting opened in Suva. None of the nine nuclear-armed states of "
                                   "the whole region - the Kingdom of Tonga, Samoa and Nauru - attended.\n", modal=True)
    assert {(r.subject, r.modality) for r in result.relations if r.predicate == "participatedIn"} \
        == {("TON", "negated"), ("WSM", "negated"), ("NRU", "negated")}


def test_participating_allies_of_a_body_and_partner_nations_after_them(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Exercise 2021 began in May. Participating nations included NATO allies "
                              "Albania, Bulgaria and Croatia, as well as partner nations Georgia and Moldova.\n")
    assert {(c, "participatedIn", "Reef Exercise 2021")
            for c in ("Albania", "Bulgaria", "Croatia", "Georgia", "Moldova")} <= rows
    nato = "North Atlantic Treaty Organization"
    assert {(c, "memberOf", nato) for c in ("Albania", "Bulgaria", "Croatia")} <= rows
    assert not [r for r in rows if r[0] in ("Georgia", "Moldova") and r[1] == "memberOf"]
    assert (nato, "participatedIn", "Reef Exercise 2021") not in rows


def test_the_group_a_sentence_opens_with_brings_together_the_members_listed_after_a_colon(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Nine (R9) format also featured prominently. The group was launched in 2015 on "
                              "the initiative of Fiji and Tonga, and brings together the nine NATO members on the "
                              "eastern flank: Samoa, Nauru and Palau.\n")
    assert {(c, "memberOf", "Reef Nine") for c in ("Samoa", "Nauru", "Palau")} <= rows
    assert {(c, "memberOf", "North Atlantic Treaty Organization") for c in ("Samoa", "Nauru", "Palau")} <= rows
    assert not [r for r in rows if r[0] in ("Fiji", "Tonga") and r[1] == "memberOf"]


def test_among_the_delegations_were_officials_from_the_parties(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Security Forum opened in Suva on Monday. Among the delegations were ministers "
                              "and senior officials from Tonga, Samoa and Nauru.\n")
    assert {(c, "participatedIn", "Reef Security Forum") for c in ("Tonga", "Samoa", "Nauru")} <= rows


def test_parties_met_by_video_link_for_a_gathering(tmp_path):
    rows, _ = facts(tmp_path, "The top diplomats of Fiji, Tonga and Samoa met by video link for the inaugural Reef "
                              "Partnership Ministerial Meeting. Nauru and Palau met virtually on Monday for the Lagoon "
                              "Summit.\n")
    assert {(c, "participatedIn", "inaugural Reef Partnership Ministerial Meeting") for c in ("Fiji", "Tonga", "Samoa")} \
        <= rows
    assert {("Nauru", "participatedIn", "Lagoon Summit"), ("Palau", "participatedIn", "Lagoon Summit")} <= rows


def test_the_host_of_guests_is_the_verbs_subject_not_a_name_in_the_clause_before(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and the five Reef republics called for an inclusive government in Tonga and agreed "
                              "to keep providing humanitarian assistance to the Tongan people, as External Affairs "
                              "Minister S. Kami hosted his counterparts from Samoa and Nauru for the third Reef Dialogue. "
                              "Palau, as this year's chair, hosted its counterparts from Tuvalu for the Lagoon Dialogue.\n")
    assert {("Samoa", "participatedIn", "third Reef Dialogue"), ("Nauru", "participatedIn", "third Reef Dialogue")} <= rows
    assert not [r for r in rows if r[1] == "hosted" and r[2] == "third Reef Dialogue"]
    assert ("Palau", "hosted", "Lagoon Dialogue") in rows


def test_parties_along_with_an_unnamed_subject_at_a_gathering_called_back(tmp_path):
    rows, _ = facts(tmp_path, "The 20th Reef Meeting opened in Suva. Delegations of the regime and the opposition "
                              "attended the meeting, along with Tonga, Samoa and Nauru as observers. The three "
                              "guarantors expressed their support for the Lagoon Accord.\n")
    assert {(c, "participatedIn", "20th Reef Meeting") for c in ("Tonga", "Samoa", "Nauru")} <= rows
    assert not [r for r in rows if r[1] == "supports"]      # (they are not the next sentence's subject)


def test_a_body_called_back_with_a_modifier_groups_the_members(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Cooperation Council (RCC) welcomed the accord. The six-member bloc groups Fiji, "
                              "Tonga, Samoa, Nauru, Palau and Tuvalu.\n")
    assert {(c, "memberOf", "Reef Cooperation Council") for c in ("Fiji", "Tonga", "Samoa", "Nauru", "Palau", "Tuvalu")} \
        <= rows


def test_a_bodys_member_states_listed_after_a_colon_are_members_of_both(tmp_path):
    rows, _ = facts(tmp_path, "The Lagoon Seas Initiative (LSI) met in Suva. The initiative brings together the EU member "
                              "states located between the Baltic, Adriatic and Black seas: Austria, Bulgaria and Croatia.\n")
    for country in ("Austria", "Bulgaria", "Croatia"):
        assert {(country, "memberOf", "Lagoon Seas Initiative"), (country, "memberOf", "European Union")} <= rows
    assert ("European Union", "memberOf", "Lagoon Seas Initiative") not in rows


def test_as_did_names_another_subject_of_the_verb_not_an_object(tmp_path):
    rows, _ = facts(tmp_path, "The Lagoon Accord was signed in Suva. Fiji and Tonga expressed support for the Lagoon "
                              "Accord, as did Samoa.\n")
    assert {(c, "supports", "Lagoon Accord") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert not [r for r in rows if r[1] == "supports" and r[2] == "Samoa"]


def test_a_name_called_back_by_what_it_is_before_a_passive(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Security Initiative was discussed in Suva. The initiative was proposed by Fiji "
                              "last year.\n")
    assert ("Fiji", "initiated", "Reef Security Initiative") in rows
    rows, _ = facts(tmp_path, "The Lagoon Seas Initiative (LSI) grew. It was the first time that Tonga had held the "
                              "rotating LSI Presidency since the format was launched by Samoa and Nauru in 2015.\n")
    assert {("Samoa", "initiated", "Lagoon Seas Initiative"), ("Nauru", "initiated", "Lagoon Seas Initiative")} <= rows
    assert ("Tonga", "hosted", "Lagoon Seas Initiative") not in rows        # (it held the presidency)


def test_the_parties_between_after_an_exercises_name_take_part_and_it_was_held_where_said(tmp_path):
    rows, result = facts(tmp_path, "Exercise Coral Tide between the Indian Army and the Royal Thai Army was held in Suva, "
                                   "Fiji, from 1 to 15 July.\n")
    assert {("Indian Army", "participatedIn", "Exercise Coral Tide"),
            ("Royal Thai Army", "participatedIn", "Exercise Coral Tide")} <= rows
    assert ("Exercise Coral Tide", "heldIn", "Suva") in rows


def test_membership_said_by_remains_participating_state_and_an_apposition_going_on(tmp_path):
    rows, _ = facts(tmp_path, "Tonga remains a participating State of the OSCE. Samoa, a NATO member and Pacific "
                              "neighbour of both Fiji and Nauru, offered to mediate.\n")
    assert ("Tonga", "memberOf", "Organization for Security and Co-operation in Europe") in rows
    assert ("Samoa", "memberOf", "North Atlantic Treaty Organization") in rows
    assert not [r for r in rows if r[0] in ("Fiji", "Nauru")]


def test_a_party_to_an_agreement_signed_it(tmp_path):
    rows, _ = facts(tmp_path, "Tonga is a contracting party to the Reef Cooperation Agreement on Combating Piracy. Fiji "
                              "and Samoa are also parties to the Lagoon Treaty.\n")
    assert {("Tonga", "signed", "Reef Cooperation Agreement on Combating Piracy"), ("Fiji", "signed", "Lagoon Treaty"),
            ("Samoa", "signed", "Lagoon Treaty")} <= rows
    assert not [r for r in rows if r[1] == "memberOf"]


def test_backers_and_providers_of_assistance_support(tmp_path):
    rows, _ = facts(tmp_path, "Fiji, a long-standing backer of the Reef National Army (RNA), declared three days of "
                              "mourning. Tonga provided emergency humanitarian assistance to Samoa and Nauru.\n")
    assert {("Fiji", "supports", "Reef National Army"), ("Tonga", "supports", "Samoa"), ("Tonga", "supports", "Nauru")} <= rows


def test_signed_on_the_sidelines_of_a_gathering_then_by_the_signatories(tmp_path):
    rows, _ = facts(tmp_path, "The Lagoon Corridor Agreement was signed on the sidelines of the G20 Summit in New Delhi "
                              "in September last year by Fiji, Tonga and Samoa.\n")
    assert {(c, "signed", "Lagoon Corridor Agreement") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_counterparts_from_a_body_named_between_dashes_take_part_and_join_nothing(tmp_path):
    rows, _ = facts(tmp_path, "Fiji joined his counterparts from the Reef Group (RG) – Tonga, Samoa and Nauru – for the "
                              "Fifth Reef Summit.\n")
    assert {(c, "participatedIn", "Fifth Reef Summit") for c in ("Tonga", "Samoa", "Nauru")} <= rows
    assert ("Fiji", "memberOf", "Reef Group") not in rows


def test_a_body_with_members_from_countries_has_them_take_part(tmp_path):
    rows, result = facts(tmp_path, "A Reef Emergency Response and Assessment Team (REEF-ERAT), with members from Fiji, "
                                   "Tonga and Samoa, has also been deployed.\n")
    assert {(c, "participatedIn", "Reef Emergency Response and Assessment Team") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert "REEF-ERAT" in {m.text for m in result.mentions}       # the hyphenated acronym, defined


def test_support_for_efforts_by_parties_supports_them(tmp_path):
    rows, _ = facts(tmp_path, "On the Lagoon, Fiji supports the ongoing mediation efforts by Tonga, Samoa and Nauru toward "
                              "a ceasefire.\n")
    assert {("Fiji", "supports", c) for c in ("Tonga", "Samoa", "Nauru")} <= rows


def test_who_took_the_initiative_initiated_what_the_sentence_opens_with(tmp_path):
    rows, _ = facts(tmp_path, "The Zone of Peace of the South Lagoon (ZOPSL) met in Suva. ZOPSL was established in 1986 by "
                              "United Nations General Assembly resolution 41/11, at the initiative of Fiji, to keep the "
                              "South Atlantic free of nuclear weapons.\n")
    assert ("Fiji", "initiated", "Zone of Peace of the South Lagoon") in rows
    assert not [r for r in rows if r[1] == "initiated" and r[0] not in ("Fiji", "United Nations General Assembly")]


def test_founders_named_after_its_founding_members_initiated_it(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Initiative was launched in September 2017 by its five founding members, Fiji, "
                              "Tonga and Samoa, as a platform for sharing intelligence.\n")
    assert {(c, "initiated", "Reef Initiative") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_members_set_off_after_a_bodys_partners_and_fellow_members_of_a_body(tmp_path):
    rows, _ = facts(tmp_path, "The ministers welcomed talks with the AUKUS partners -- Fiji, Tonga and Samoa -- on "
                              "cooperation. It lists Nauru, Palau and Tuvalu - fellow members of the Reef Intelligence "
                              "Network - along with Japan as key partners.\n")
    assert {(c, "memberOf", "AUKUS") for c in ("Fiji", "Tonga", "Samoa")} <= rows
    assert {(c, "memberOf", "Reef Intelligence Network") for c in ("Nauru", "Palau", "Tuvalu")} <= rows
    assert ("Japan", "memberOf", "Reef Intelligence Network") not in rows


def test_the_bodys_own_member_and_bodies_that_bring_together_and_signatories(tmp_path):
    rows, _ = facts(tmp_path, "Fiji, which became the Reef Alliance's 31st member last April, took part. The Lagoon "
                              "Arrangements (LA), established in 1971, bring together Tonga, Samoa and Nauru. Palau is a "
                              "signatory to the Declaration on the Conduct of Parties in the Lagoon.\n")
    assert ("Fiji", "memberOf", "Reef Alliance") in rows
    assert {(c, "memberOf", "Lagoon Arrangements") for c in ("Tonga", "Samoa", "Nauru")} <= rows
    assert ("Palau", "signed", "Declaration on the Conduct of Parties in the Lagoon") in rows


def test_its_members_after_a_sentence_calling_the_body_back_by_its_head(tmp_path):
    rows, _ = facts(tmp_path, "The Reef Ocean Naval Forum (RONF) grew.\n\nThe symposium was conceived in 2008, when the "
                              "first RONF Conclave of Chiefs was held in Suva.\n\nThe forum today has 25 members and "
                              "nine observers. Its members include Fiji, Tonga and Samoa.\n")
    assert {(c, "memberOf", "Reef Ocean Naval Forum") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_a_sponsor_supports_an_exercise_and_co_hosts_may_come_after_when(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Samoa took part in Reef Express 2025, a maritime exercise sponsored by the "
                              "Coral Command and co-hosted in February by Tonga and Palau.\n")
    assert {("Coral Command", "supports", "Reef Express 2025"), ("Tonga", "coHosted", "Reef Express 2025"),
            ("Palau", "coHosted", "Reef Express 2025")} <= rows
    assert not [r for r in rows if r[1] == "hosted"]


def test_a_sum_given_roughly_to_a_fund_supports_it(tmp_path):
    rows, _ = facts(tmp_path, "Japan, which has contributed more than $17 million to the Reef Trust Fund, sent its "
                              "ambassador.\n")
    assert ("Japan", "supports", "Reef Trust Fund") in rows


def test_the_member_states_of_a_body_listed_after_a_colon_are_the_signers(tmp_path):
    rows, _ = facts(tmp_path, "The drill tests the Reef Rescue Agreement, which was signed in Suva in 2011 by the "
                              "four member states of the Coral Council: Fiji, Samoa, Tonga and Palau.\n")
    assert {(c, "signed", "Reef Rescue Agreement") for c in ("Fiji", "Samoa", "Tonga", "Palau")} <= rows
    assert ("Coral Council", "signed", "Reef Rescue Agreement") not in rows


def test_envoys_listed_between_semicolons_each_bring_their_country(tmp_path):
    rows, _ = facts(tmp_path, "The Third Reef Ministerial Meeting was held in Suva. The Meeting was attended by "
                              "H.E. Anna Vaka, Minister of Foreign Affairs of Fiji; H.E. Tomas Lui, Minister of "
                              "Foreign Affairs of Samoa; and H.E. Mele Tonga, Minister of Foreign Affairs of "
                              "the Kingdom of Tonga.\n")
    assert {(c, "participatedIn", "Third Reef Ministerial Meeting") for c in ("Fiji", "Samoa", "Tonga")} <= rows


def test_an_agreement_concluded_that_same_year_by_its_parties(tmp_path):
    rows, _ = facts(tmp_path, "Fiji and Samoa signed the Reef Accord in 1991. They coordinate through the Coral "
                              "Agreement concluded that same year by Fiji, Samoa and Tonga.\n")
    assert {(c, "signed", "Coral Agreement") for c in ("Fiji", "Samoa", "Tonga")} <= rows


def test_the_session_called_back_brought_together_the_members_named(tmp_path):
    rows, _ = facts(tmp_path, "The 22nd Ministerial Session of the Coral Forum was held in Suva on 16 May 2025. The "
                              "Session brought together the Ministers of the member states of the Coral Forum, namely "
                              "Fiji, Samoa and Tonga. The opening session of the summit was attended by Palau.\n")
    assert {(c, "participatedIn", "22nd Ministerial Session of the Coral Forum") for c in ("Fiji", "Samoa", "Tonga")} <= rows


def test_whose_a_thing_is_after_of_is_no_host(tmp_path):
    rows, _ = facts(tmp_path, "They welcomed the Reef Summit, co-hosted by Fiji and Samoa in Suva on 14 January 2025, "
                              "and the launch of NATO's Coral Sentry.\n")
    assert {("Fiji", "coHosted", "Reef Summit"), ("Samoa", "coHosted", "Reef Summit")} <= rows
    assert not [r for r in rows if r[1] == "coHosted" and r[0] not in ("Fiji", "Samoa")]


def test_member_states_listed_after_a_colon_take_part_and_are_members_of_the_body(tmp_path):
    rows, _ = facts(tmp_path, "The 12th Ordinary Session of the Conference of Heads of State and Government of the "
                              "Pacific Reef Community (PRC) was held in Suva on 7 March 2025.\n\nThe following Member "
                              "States took part in the session: the Republic of Fiji, the Kingdom of Tonga and the "
                              "Independent State of Samoa.\n")
    session = "12th Ordinary Session of the Conference of Heads of State and Government of the Pacific Reef Community"
    for country in ("Fiji", "Tonga", "Samoa"):
        assert (country, "participatedIn", session) in rows
        assert (country, "memberOf", "Pacific Reef Community") in rows


def test_a_list_of_office_holders_attending_names_each_body(tmp_path):
    rows, _ = facts(tmp_path, "The Fifth Reef Summit was held in Suva.\n\nThe Summit was also attended by the "
                              "Chairperson of the African Union Commission, the Special Representative of the "
                              "Secretary-General and Head of the United Nations Office for Reefs (UNOR), the President "
                              "of the Coral Bank and a representative of the European Union.\n")
    assert {(body, "participatedIn", "Fifth Reef Summit") for body in (
        "African Union Commission", "United Nations Office for Reefs", "Coral Bank", "European Union")} <= rows


def test_who_met_somewhere_to_sign_signed(tmp_path):
    rows, _ = facts(tmp_path, "On 8 September 2006, the foreign ministers of Fiji, Tonga and Samoa met in the city "
                              "of Lautoka to sign the Pacific Reef Treaty.\n")
    assert {(country, "signed", "Pacific Reef Treaty") for country in ("Fiji", "Tonga", "Samoa")} <= rows
    assert not [row for row in rows if row[0] == "Lautoka"]


def test_a_date_opener_does_not_cut_the_first_of_a_listed_subject(tmp_path):
    rows, _ = facts(tmp_path, "In 2006, the foreign ministers of Fiji, Tonga and Samoa signed the Pacific "
                              "Reef Treaty.\n")
    assert ("Fiji", "signed", "Pacific Reef Treaty") in rows


def test_the_topic_a_sentence_opens_with_is_no_party(tmp_path):
    rows, _ = facts(tmp_path, "On the situation in the east of the Solomon Islands, Fiji reaffirmed its support for "
                              "the Honiara Process.\n")
    assert ("Fiji", "supports", "Honiara Process") in rows
    assert ("Solomon Islands", "supports", "Honiara Process") not in rows


def test_withdrawing_a_ratification_states_no_signature(tmp_path):
    rows, _ = facts(tmp_path, "Tonga's withdrawal of its ratification of the Comprehensive Reef-Test-Ban Treaty (CRTBT) "
                              "in 2023 has unsettled Fiji.\n")
    assert ("Tonga", "signed", "Comprehensive Reef-Test-Ban Treaty") not in rows


def test_an_edition_apposed_to_its_number_is_hosted_and_joined_through_its_kind(tmp_path):
    rows, _ = facts(tmp_path, "The navy opened CORALIS XLI, the 41st edition of the region's oldest maritime "
                              "exercise, on Monday.\n\nFiji is hosting the exercise for the fourth time.\n\nTaking part "
                              "alongside Fiji are the navies and marine corps of Tonga and Samoa, as well as Japan.\n")
    assert ("Fiji", "hosted", "CORALIS XLI") in rows
    assert {(c, "participatedIn", "CORALIS XLI") for c in ("Tonga", "Samoa", "Japan")} <= rows


def test_parties_of_an_edition_take_part_in_it_when_its_series_was_named_since(tmp_path):
    rows, _ = facts(tmp_path, "Fiji hosted Reef Lion 2024, the largest annual exercise in the region, on Monday. It is "
                              "the biggest edition of Reef Lion so far.\n\nAmong the participating nations are Tonga and "
                              "Samoa.\n")
    assert {(c, "participatedIn", "Reef Lion 2024") for c in ("Tonga", "Samoa")} <= rows
    assert ("Tonga", "participatedIn", "Reef Lion") not in rows


def test_part_of_a_body_is_a_member(tmp_path):
    rows, _ = facts(tmp_path, "Fiji will remain part of the Pacific Troika together with Tonga and Samoa.\n")
    assert {(c, "memberOf", "Pacific Troika") for c in ("Fiji", "Tonga", "Samoa")} <= rows


def test_the_place_of_a_relative_clause_is_that_of_the_gathering_it_follows(tmp_path):
    rows, _ = facts(tmp_path, "The 26th Session of the Conference of Reef States was held in Suva.\n\nThe Conference "
                              "accepted the offer of Tonga to host the 27th Session of the Conference, which will be "
                              "held in Nuku'alofa in 2026.\n", modal=True)
    assert ("27th Session of the Conference", "heldIn", "Nuku'alofa") in rows
    assert ("26th Session of the Conference of Reef States", "heldIn", "Nuku'alofa") not in rows
