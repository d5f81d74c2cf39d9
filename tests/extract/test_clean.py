from diplograph.extract.clean import clean_text

PAGE = """Latest news • Storm hits coast • Markets rally • Talks resume
You are here: Home / World
Leaders Meet in Jakarta
0 Comment(s)Print E-mail ExampleNews, March 3, 2016
Adjust font size:
Indonesia hosted the talks on Monday.
Follow ExampleNews on Twitter and Facebook to join the conversation.
Previous 1 2 3 Next
Add your comments...
Racist, abusive and off-topic comments may be removed by the moderator.
"""


def test_furniture_is_masked_and_offsets_kept():
    cleaned = clean_text(PAGE)
    assert len(cleaned) == len(PAGE)
    assert cleaned.count("\n") == PAGE.count("\n")
    for furniture in ("Storm hits coast", "You are here", "Comment(s)", "Print E-mail", "Adjust font size",
                      "Follow ExampleNews", "Previous 1 2 3", "Add your comments", "Racist, abusive"):
        assert furniture not in cleaned, furniture
    for kept in ("Leaders Meet in Jakarta", "ExampleNews, March 3, 2016", "Indonesia hosted the talks on Monday."):
        assert kept in cleaned, kept
    start = PAGE.index("Indonesia hosted")
    assert cleaned[start:start + 17] == "Indonesia hosted "


def test_ordinary_text_is_untouched():
    text = "China and Russia held consultations.\nPrint media covered the summit.\n"
    assert clean_text(text) == text
