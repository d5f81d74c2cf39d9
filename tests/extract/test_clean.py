from diplograph.extract.clean import clean_text

PAGE = """Latest news • Storm hits coast • Markets rally • Talks resume
You are here: Home / World
Leaders Meet in Jakarta
0 Comment(s)Print E-mail ExampleNews, March 3, 2016
Adjust font size:
Font size: A A A
Share to: Facebook Twitter WeChat
Source: ExampleNews | Updated: 2016-03-03 10:21
Editor: Jane Doe
Indonesia hosted the talks on Monday.
Follow ExampleNews on Twitter and Facebook to join the conversation.
Previous 1 2 3 Next
Add your comments...
Racist, abusive and off-topic comments may be removed by the moderator.
Related: Fiji, Tonga to hold first drill | Ministry on radar deal
"""


def test_furniture_is_masked_and_offsets_kept():
    cleaned = clean_text(PAGE)
    assert len(cleaned) == len(PAGE)
    assert cleaned.count("\n") == PAGE.count("\n")
    for furniture in ("Storm hits coast", "You are here", "Comment(s)", "Print E-mail", "Adjust font size",
                      "Follow ExampleNews", "Previous 1 2 3", "Add your comments", "Racist, abusive",
                      "Font size", "Share to", "Editor: Jane Doe", "Related: Fiji"):
        assert furniture not in cleaned, furniture
    # a "Source:" line names the publisher: it stays
    for kept in ("Leaders Meet in Jakarta", "ExampleNews, March 3, 2016", "Indonesia hosted the talks on Monday.",
                 "Source: ExampleNews"):
        assert kept in cleaned, kept
    start = PAGE.index("Indonesia hosted")
    assert cleaned[start:start + 17] == "Indonesia hosted "


def test_ordinary_text_is_untouched():
    text = "China and Russia held consultations.\nPrint media covered the summit.\nRelated talks follow.\n"
    assert clean_text(text) == text
    byline = "By Ana Ruiz | Andes Monitor | May 2, 2024\n"      # the publisher is a mention, not a ticker
    assert clean_text(byline) == byline


def test_joined_rules_clean_as_the_rules_one_by_one():
    import re

    from diplograph.extract.clean import BoilerplateRule, any_of, load_rules
    rules = load_rules()
    # a back-reference cannot be joined: these rules are tried one by one
    one_by_one = rules + (BoilerplateRule("line", re.compile(r"^(\w)\1 never$"), "cannot be joined"),)
    assert any_of([r.pattern for r in rules if r.scope == "line"]) is not None
    assert any_of([r.pattern for r in one_by_one if r.scope == "line"]) is None
    text = ("Share this article\nNATO met in Brussels. Print E-mail Bookmark and share\n"
            "12 comment(s) so far\nHome > World > Asia\nThe talks went on.\n")
    cleaned = clean_text(text, rules)
    assert cleaned == clean_text(text, one_by_one)
    assert cleaned.splitlines()[1].rstrip() == "NATO met in Brussels."
    assert cleaned.splitlines()[-1] == "The talks went on." and len(cleaned) == len(text)


def test_headlines_under_a_related_heading_are_masked_until_the_prose_goes_on():
    text = ("Fiji hosted the Reef Summit.\n\nRelated stories:\n- Tonga, Samoa vow to protect reefs\n\n"
            "Editor's Pick\n1 Nauru to host Coral Forum\n2 Palau joins Pacific talks\n"
            "Leaders said the summit had achieved its goals and would meet again next year in Apia.\n")
    cleaned = clean_text(text)
    assert len(cleaned) == len(text) and cleaned.count("\n") == text.count("\n")
    for furniture in ("Related stories", "Tonga, Samoa vow", "Editor's Pick", "Nauru to host", "Palau joins"):
        assert furniture not in cleaned, furniture
    assert "Fiji hosted the Reef Summit." in cleaned
    assert "Leaders said the summit had achieved its goals and would meet again next year in Apia." in cleaned


def test_only_a_line_rule_opens_a_block(tmp_path):
    import pytest

    from diplograph.extract.clean import load_rules
    path = tmp_path / "rules.jsonl"
    path.write_text('{"scope": "fragment", "pattern": "x", "block": true}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"rules.jsonl:1: only a line rule can open a block"):
        load_rules(path)


def test_lists_of_headlines_under_their_headings_are_furniture():
    from diplograph.extract.clean import clean_text

    text = ("Fiji and Tonga met in Suva.\nMost Viewed in 24 Hours\nTop News\nSamoa meets Nauru leaders\n"
            "Reef Forum opens in Apia\n")
    cleaned = clean_text(text)
    assert "Fiji and Tonga met in Suva." in cleaned
    assert "Reef Forum" not in cleaned and "Samoa" not in cleaned


def test_a_news_agency_standards_footer_is_furniture():
    from diplograph.extract.clean import clean_text

    cleaned = clean_text("Fiji and Tonga met in Suva.\n\nOur Standards: The Reef News Trust Principles.\n")
    assert "Fiji and Tonga met in Suva." in cleaned and "Trust Principles" not in cleaned


def test_the_united_nations_press_banner_is_furniture():
    from diplograph.extract.clean import clean_text

    cleaned = clean_text("Meetings Coverage and Press Releases\n\nSecurity Council\n\nThe Council met.\n")
    assert "Press Releases" not in cleaned and "Security Council" in cleaned


def test_tag_lines_hashtags_and_footer_links_are_furniture():
    page = ("Fiji and Tonga met in Suva. Follow #ReefTalks for more.\nTags: #ReefDialogue #MFA #Security\n"
            "About Us   Contact Us   Privacy Policy   Terms of Use\n")
    cleaned = clean_text(page)
    assert len(cleaned) == len(page) and "Fiji and Tonga met in Suva. Follow " in cleaned
    for furniture in ("#ReefTalks", "Tags:", "#MFA", "Privacy Policy", "Terms of Use"):
        assert furniture not in cleaned, furniture
    assert clean_text("The Reef Council adopted the Coral Policy.\n") == "The Reef Council adopted the Coral Policy.\n"


def test_a_menu_written_one_item_per_line_is_masked_and_a_short_list_is_kept():
    menu = "\n".join(["Skip links", "Navigation menu", "News", "Middle East", "Africa", "Asia", "US & Canada",
                      "Climate Crisis", "Features"])
    page = menu + "\n\nFiji hosted the summit.\n\nMembers:\nFiji\nTonga\nSamoa\n"
    cleaned = clean_text(page)
    assert "US & Canada" not in cleaned and "Climate Crisis" not in cleaned
    assert "Fiji hosted the summit." in cleaned and "Tonga\nSamoa" in cleaned


def test_related_links_headlines_and_a_follow_prompt_after_share_links_are_masked():
    page = ("Share [Facebook] [X] [Email]   Follow us on Google News\n\nFiji hosted the summit.\n\nRelated Links\n"
            "› Chair's Summary: 2nd Reef Summit (November 17, 2023)\n› Transcript of Special Briefing on the Reef Summit\n")
    cleaned = clean_text(page)
    assert "Google News" not in cleaned and "Chair's Summary" not in cleaned and "Special Briefing" not in cleaned
    assert "Fiji hosted the summit." in cleaned


def test_a_ministrys_related_press_releases_are_furniture():
    from diplograph.extract.clean import clean_text

    text = ("The Reef Forum met in Suva.\n\nRelated Press Releases\nNo: 211, Regarding the Visit of the Minister "
            "to Tonga\nNo: 209, Regarding the Terrorist Attack in Samoa\n\nRelated statements:\n- Fiji on the Coral Treaty\n")
    cleaned = clean_text(text)
    assert "The Reef Forum met in Suva." in cleaned
    for furniture in ("Related Press Releases", "Visit of the Minister", "Terrorist Attack", "Coral Treaty"):
        assert furniture not in cleaned, furniture
