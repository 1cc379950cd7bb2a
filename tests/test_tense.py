"""Dated entries told in the present tense are read in the past; offsets map back."""

import pytest

from geo._tense import told_in_past


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Aug. 6 (Tue): Two missiles are launched from Kwail. They cross the peninsula and "
            "fall into the Sea of Japan.",
            "Aug. 6 (Tue): Two missiles were launched from Kwail. They crossed the peninsula and "
            "fell into the Sea of Japan.",
        ),
        (
            "Sept. 15, 2015 -- An Su-24 bomber crosses into Japanese airspace. ASDF fighters "
            "scramble.",
            "Sept. 15, 2015 -- An Su-24 bomber crossed into Japanese airspace. ASDF fighters "
            "scrambled.",
        ),
        (
            "Mar. 6 (Mon) -- North Korea fires four missiles. Three fall inside Japan's EEZ.",
            "Mar. 6 (Mon) -- North Korea fired four missiles. Three fell inside Japan's EEZ.",
        ),
        (
            "June 7 (Wed) -- Two Tu-95 bombers fly south, then return north.",
            "June 7 (Wed) -- Two Tu-95 bombers flew south, then returned north.",
        ),
        (
            "2019-08-14: A Y-9 flies between Okinawa and Miyako and returns the same way.",
            "2019-08-14: A Y-9 flew between Okinawa and Miyako and returned the same way.",
        ),
        # nouns stay nouns: 'the launches', 'missile launches', 'two passes', 'its return'
        (
            "Aug. 2 (Fri): The launches follow its return; missile launches and two passes.",
            "Aug. 2 (Fri): The launches followed its return; missile launches and two passes.",
        ),
    ],
)
def test_a_dated_entry_is_told_in_the_past(text, expected):
    retold = told_in_past(text)
    assert retold is not None and retold.text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chinese ships enter the contiguous zone almost every day.",  # habitual, not dated
        "The bombers fly on Aug. 6: the ministry says so.",  # a date, but no entry opens with it
        "Aug. 6 (Tue): The ministry to report on drills it may hold.",
    ],
)
def test_other_text_stays_as_written(text):
    assert told_in_past(text) is None


def test_offsets_in_the_retold_text_map_back_to_the_text_as_written():
    text = (
        "Intro line.\n\nAug. 6 (Tue): Missiles are launched. They fly far.\n\n"
        "Aug. 7 (Wed): A ship enters the zone.\n"
    )
    retold = told_in_past(text)
    assert retold is not None
    for sentence in ("Missiles", "They", "A ship", "Aug. 7", "Intro"):
        shifted = retold.text.index(sentence)
        assert retold.original_offset(shifted) == text.index(sentence)
    assert retold.original_offset(len(retold.text)) == len(text)
