"""Place recognition and resolution measured on the development corpus and the seeds.

Run: ``python3 tests/benchmarks/eval_places.py [--gazetteer FILE] [--verbose]``

For each article, EXPECTED lists the places a reader sees, as (surface, accepted ids):
``surface`` is the place expression as written (a name, a relative phrase, a reference
such as "the islands"; no other article text is kept here) and ``accepted`` the gazetteer
ids it must resolve to (``|`` between alternatives). Every occurrence of a surface in the
article's clean text counts (or only the numbered ones, where a third item lists them:
"Japan" as a place, not as an actor), except where it lies inside the occurrence of a
longer expected surface. An occurrence is found when a mention
overlaps it and resolves to an accepted id (its ``feature_id`` or one of its anchors).
Places the gazetteer does not hold are listed in OUT_OF_GAZETTEER and reported apart.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
SEEDS = ROOT / "seeds"

#: (surface, accepted ids) or (surface, accepted ids, occurrence numbers counted from 1).
EXPECTED: dict[str, list[tuple]] = {
    "d01.txt": [
        ("Miyako Strait", "strait.miyako"),
        ("north of Taiwan", "country.tw|island.taiwan"),
        ("TAIPEI", "city.taipei"),
        ("Chinese air space", "country.cn"),
        ("south of Okinawa", "island.okinawa"),
        ("Western Pacific", "ocean.western-pacific|ocean.pacific"),
        ("Taiwan Strait", "strait.taiwan|boundary.taiwan-strait-median"),
        ("Taiwan’s airspace", "country.tw|airspace.tw"),
    ],
    "d02.txt": [
        ("Miyako Strait", "strait.miyako"),
        ("near Okinawa", "island.okinawa"),
        ("Japan", "country.jp", (1,)),
        ("TAIPEI", "city.taipei"),
        ("Western Pacific Ocean", "ocean.western-pacific|ocean.pacific"),
        ("Pacific", "ocean.pacific"),
        ("airspace of Okinawa", "island.okinawa"),
        ("China", "country.cn", (1,)),
        ("East China Sea", "sea.east-china"),
        ("Dioayu Islands", "islands.senkaku"),
    ],
    "d03.txt": [
        ("Soya Pass", "strait.soya"),
        ("Soya Channel", "strait.soya"),
        ("Sea of Japan", "sea.japan"),
    ],
    "d05.txt": [
        ("Okinawa Islands", "islands.okinawa|island.okinawa"),
        ("CAMP FOSTER", "base.camp-foster"),
        ("Okinawa", "island.okinawa|prefecture.okinawa", (2,)),
        ("Okinawa prefecture", "prefecture.okinawa"),
        ("southeast of Miyako", "island.miyako"),
        ("between Okinawa itself and Miyako", "strait.miyako"),
        ("East China Sea", "sea.east-china"),
        ("the 155-mile-wide strait", "strait.miyako"),
        ("Miyako Strait", "strait.miyako"),
    ],
    "d06.txt": [
        ("near Senkaku Islands", "islands.senkaku"),
        ("NAHA", "city.naha"),
        ("Japanese territorial waters around the Senkaku Islands", "territorial_sea.senkaku"),
        ("East China Sea", "sea.east-china"),
        ("the waters", "territorial_sea.senkaku"),
        (
            "Japanese waters around the Japanese-administered islets",
            "territorial_sea.senkaku|territorial_sea.jp|islands.senkaku",
        ),
        ("Uotsuri Island", "island.uotsuri"),
        ("Japanese waters around the uninhabited Senkaku Islands", "territorial_sea.senkaku"),
        ("the islands", "islands.senkaku"),
        ("Diaoyu", "islands.senkaku"),
        ("Tiaoyutai", "islands.senkaku"),
        ("The islets", "islands.senkaku"),
    ],
    "d07.txt": [
        ("Japan Contiguous Zone", "contiguous_zone.jp"),
        ("Tokyo", "city.tokyo"),
        (
            "contiguous zone northeast of the southwestern Japan island of Amami Oshima",
            "contiguous_zone.jp|island.amami-oshima",
        ),
        ("Amami Oshima", "island.amami-oshima"),
        ("Kagoshima Prefecture", "prefecture.kagoshima"),
        (
            "contiguous zone west of the prefecture's Yokoate Island",
            "contiguous_zone.jp|island.yokoate",
        ),
        ("Tokara island chain", "islands.tokara"),
    ],
    "d08.txt": [
        ("KADIZ", "adiz.kr"),
        ("Korea Air Defense Identification Zone", "adiz.kr"),
        ("Korean territorial airspace", "airspace.kr"),
        ("Ieodo Island", "island.ieodo"),
        ("Ulleungdo Island", "island.ulleungdo"),
        ("Dokdo Islets", "island.liancourt"),
        ("South Korean territorial airspace", "airspace.kr"),
        ("United States", "country.us"),
    ],
    "d09.txt": [
        ("near Japan", "country.jp"),
        ("Tokyo", "city.tokyo"),
        ("near Tsushima", "island.tsushima"),
        ("Nagasaki Prefecture", "prefecture.nagasaki"),
        ("southwestern Japan", "country.jp"),
        ("Japanese territorial waters", "territorial_sea.jp"),
        ("southwest of Tsushima", "island.tsushima"),
        ("Tsushima Strait", "strait.korea|channel.tsushima-east|channel.tsushima-west"),
        ("Kyushu", "island.kyushu"),
        ("Nagasaki", "prefecture.nagasaki|city.nagasaki"),
        ("Korean Peninsula", "region.korean-peninsula"),
        ("Sea of Japan", "sea.japan"),
    ],
    "d10.txt": [
        ("Osumi Strait", "strait.osumi"),
        ("between Cape Sata and Tanegashima", "strait.osumi"),
        ("Cape Sata", "cape.sata"),
        ("Tanegashima", "island.tanegashima"),
        ("Pacific Ocean", "ocean.pacific"),
        ("Kagoshima Prefecture", "prefecture.kagoshima"),
    ],
    "d11.txt": [
        ("MOSCOW", "city.moscow"),
        ("Sea of Japan", "sea.japan"),
        ("Peter the Great Bay", "bay.peter-the-great"),
    ],
    "d12.txt": [
        ("Miyako Strait", "strait.miyako"),
        ("Pacific", "ocean.pacific"),
        ("Okinawa’s main island", "island.okinawa"),
        ("Miyako Island", "island.miyako"),
        ("Nagasaki Prefecture", "prefecture.nagasaki"),
        ("Danjo Islands", "islands.danjo"),
        ("the 150-nautical-mile-wide strait", "strait.miyako"),
        ("Western Pacific Ocean", "ocean.western-pacific|ocean.pacific"),
        ("East China Sea", "sea.east-china"),
        ("Pacific Ocean", "ocean.pacific"),
        ("Japanese territorial waters", "territorial_sea.jp"),
        ("Senkaku Islands", "islands.senkaku"),
        ("Diaoyu", "islands.senkaku"),
        ("the tiny uninhabited islands", "islands.senkaku"),
    ],
    "d13.txt": [
        ("Soya Strait", "strait.soya"),
        ("Cape Soya", "cape.soya|strait.soya"),
        ("Sakhalin", "island.sakhalin|strait.soya"),
        ("around Japan", "country.jp"),
        ("Sea of Okhotsk", "sea.okhotsk"),
        ("Hokkaido", "island.hokkaido|prefecture.hokkaido|strait.soya|strait.tsugaru"),
        ("Sea of Japan", "sea.japan"),
        ("Tsugaru Strait", "strait.tsugaru"),
        ("Honshu", "island.honshu|strait.tsugaru"),
    ],
    "d14.txt": [
        ("northeastern Japan", "country.jp"),
        ("Tsugaru Strait", "strait.tsugaru"),
        ("Honshu", "island.honshu|strait.tsugaru"),
        ("Hokkaido", "island.hokkaido|prefecture.hokkaido|strait.tsugaru"),
        ("Pacific Ocean", "ocean.pacific"),
        ("Sea of Japan", "sea.japan"),
        ("Shiriyazaki", "cape.shiriya"),
        ("Aomori Prefecture", "prefecture.aomori"),
        ("Vladivostok", "city.vladivostok"),
    ],
    "d16.txt": [
        ("TAIPEI", "city.taipei"),
        ("off the east coast of Taiwan", "country.tw|island.taiwan"),
        ("Miyako Strait", "strait.miyako"),
        ("East China Sea", "sea.east-china"),
        ("Okinawa", "strait.miyako|island.okinawa"),
        ("Miyakojima", "strait.miyako|island.miyako"),
        ("Pacific Ocean", "ocean.pacific"),
        ("Sakishima Islands", "islands.sakishima"),
        ("northeastern Taiwan", "country.tw|island.taiwan"),
        ("Hualien County", "region.hualien|city.hualien"),
        ("Taiwan's ADIZ", "adiz.tw"),
        ("Hualien", "region.hualien|city.hualien"),
        ("Taitung", "region.taitung"),
    ],
    "d17.txt": [
        ("Soya Strait", "strait.soya"),
        ("Sea of Japan", "sea.japan"),
        ("Sea of Okhotsk", "sea.okhotsk"),
        ("Japanese territorial waters", "territorial_sea.jp"),
        ("Kamui Cape", "cape.kamui"),
        ("Hokkaido", "island.hokkaido|prefecture.hokkaido"),
        ("exclusive economic zone", "eez.jp"),
    ],
    "d18.txt": [
        ("airspace over the Pacific", "ocean.pacific"),
        ("Sea of Okhotsk", "sea.okhotsk"),
        ("Pacific Ocean", "ocean.pacific"),
        ("Japanese territorial waters", "territorial_sea.jp"),
        ("Sado Island", "island.sado"),
        ("Hiroshima", "city.hiroshima"),
        ("Russia", "country.ru", (1,)),
        ("Asian continent", "region.asia-mainland"),
        ("Soviet Union", "country.ru"),
    ],
    "d19.txt": [
        ("S. Korea's air defense zone", "adiz.kr"),
        ("SEOUL", "city.seoul"),
        ("South Korea's air defense identification zone", "adiz.kr"),
        ("KADIZ", "adiz.kr"),
        ("South Korea's air space", "airspace.kr"),
        ("Singapore", "country.sg|city.singapore"),
    ],
    "d20.txt": [
        ("Japanese EEZ", "eez.jp"),
        ("Exclusive Economic Zone", "eez.jp"),
        ("Sunan Airfield", "base.sunan"),
        ("Pyongyang", "city.pyongyang"),
        ("Hegura Island", "island.hegura"),
        ("Japan", "country.jp", (2,)),
    ],
    "d21.txt": [
        ("Okinawa and Miyako islands", "strait.miyako"),
        ("Okinawa", "island.okinawa", (4,)),
        ("Asia-Pacific", "region.asia-pacific"),
    ],
    "d22.txt": [
        ("off Japan", "country.jp"),
        ("Tokyo", "city.tokyo"),
        ("Pacific Ocean", "ocean.pacific"),
        ("Miyako", "island.miyako"),
        ("Okinawa Prefecture", "prefecture.okinawa"),
        ("Pacific", "ocean.pacific"),
        ("south of the island", "island.miyako"),
        ("South China Sea", "sea.south-china"),
    ],
    "d23.txt": [
        ("Tsugaru Strait", "strait.tsugaru"),
        ("northern Japan", "country.jp"),
        ("Pacific Ocean", "ocean.pacific"),
        ("near Japan", "country.jp"),
        ("Oshima-Oshima Island", "island.oshima-oshima"),
        ("Hokkaido", "prefecture.hokkaido|island.hokkaido|strait.tsugaru"),
        ("Sea of Japan", "sea.japan"),
        ("Honshu", "island.honshu|strait.tsugaru"),
        ("Pacific", "ocean.pacific", (2,)),
        ("Sea of Okhotsk", "sea.okhotsk"),
        ("the strait", "strait.tsugaru"),
    ],
    "d24.txt": [
        ("Senkakus Contiguous Zone", "contiguous_zone.senkaku"),
        ("Senkaku Islands", "islands.senkaku|contiguous_zone.senkaku"),
        ("Ishigaki", "island.ishigaki|city.ishigaki"),
        ("Okinawa Prefecture", "prefecture.okinawa"),
        ("Naha", "city.naha"),
        ("contiguous zone", "contiguous_zone.senkaku", (2,)),
        ("the zone", "contiguous_zone.senkaku"),
        ("Kuba", "island.kuba"),
        ("Taisho", "island.taisho"),
        ("Senkakus", "islands.senkaku"),
        ("Japanese territorial waters", "territorial_sea.jp|territorial_sea.senkaku"),
    ],
    "d25.txt": [
        ("Japanese territorial waters", "territorial_sea.jp"),
        ("Kuchinoerabu Island", "island.kuchinoerabu"),
        ("Kagoshima Prefecture", "prefecture.kagoshima"),
        ("territorial waters southwest of Kuchinoerabu Island", "territorial_sea.jp"),
        ("Yakushima Island", "island.yakushima"),
    ],
    "d26.txt": [
        ("South Korea’s air defense identification zone", "adiz.kr"),
        ("KADIZ", "adiz.kr"),
        ("East", "sea.japan", (1,)),
        ("South Seas", "sea.korea-south"),
        ("the country's airspace", "airspace.kr"),
    ],
    "d27.txt": [
        ("waters near the disputed Senkaku/Diaoyu Islands", "islands.senkaku"),
        ("the area", "islands.senkaku"),
        ("waters surrounding the Diaoyu Islands", "islands.senkaku"),
        ("the islands", "islands.senkaku"),
        ("Diaoyu Dao", "island.uotsuri|islands.senkaku"),
        ("territorial waters", "territorial_sea.jp|territorial_sea.senkaku"),
        ("The disputed islands", "islands.senkaku"),
        ("between Taiwan and Okinawa", "island.okinawa"),
    ],
    "d28.txt": [
        ("its airspace", "airspace.jp"),
        ("Japanese airspace", "airspace.jp"),
        ("Hokkaido", "prefecture.hokkaido|island.hokkaido"),
        ("waters near Japan", "country.jp"),
    ],
    "d29.txt": [
        ("its airspace", "airspace.jp"),
        ("Sado Island", "island.sado"),
        ("Sea of Japan", "sea.japan"),
        ("Lithuanian airspace", "country.lt"),
    ],
    "000_968b57e5d640ddbd.txt": [
        ("near Japan", "country.jp"),
        ("Sea of Japan", "sea.japan"),
        ("East China Sea", "sea.east-china"),
        ("Pacific Ocean", "ocean.pacific"),
        ("Tsugaru Strait", "strait.tsugaru"),
        ("South China Sea", "sea.south-china"),
    ],
    "001_b4abb08703c02422.txt": [("Asia-Pacific", "region.asia-pacific")],
    "002_992c47c587591b5f.txt": [
        ("Sea of Japan", "sea.japan"),
        ("East China Sea", "sea.east-china"),
        ("air defence identification zones", "adiz.jp|adiz.kr"),
        ("its territorial waters", "territorial_sea.jp"),
        ("Japan’s airspace", "airspace.jp"),
    ],
    "003_520403ec097db402.txt": [
        ("near Japan", "country.jp"),
        ("South Korea", "country.kr"),
        ("East Asia", "region.east-asia"),
        ("Ukraine", "country.ua", (1, 2, 4, 7)),
        ("Tokyo", "city.tokyo", (2, 3)),
        ("Asia-Pacific", "region.asia-pacific"),
        ("Far East", "region.russian-far-east"),
        ("Indo-Pacific", "region.asia-pacific"),
        ("Europe", "region.europe"),
    ],
    "004_e8bf279c8d9af19b.txt": [
        ("south of Okinawa", "island.okinawa"),
        ("Sea of Japan", "sea.japan"),
        ("Japan’s southern islands", "islands.ryukyu"),
        ("East China Sea", "sea.east-china"),
        ("Diaoyu", "islands.senkaku"),
        ("Senkaku", "islands.senkaku"),
        (
            "Japanese territorial waters near the disputed islands",
            "territorial_sea.senkaku|territorial_sea.jp",
        ),
        ("the waters", "territorial_sea.senkaku|territorial_sea.jp"),
    ],
}

#: Places a reader sees that the gazetteer does not (yet) hold: reported, not scored.
OUT_OF_GAZETTEER: dict[str, list[str]] = {}


def article_texts(paths: list[Path]) -> dict[str, str]:
    """Clean text per file name, read as the pipeline reads it (the text without a header
    when the article module cannot date it)."""
    from geo.articles import article_from_text, iter_articles

    texts: dict[str, str] = {}
    for item in iter_articles(paths):
        if isinstance(item, Exception):
            path = Path(str(getattr(item, "path", "")))
            if path.is_file() and path.suffix == ".txt":
                raw = path.read_text(encoding="utf-8", errors="replace")
                _, sep, body = raw.partition("\n---\n")
                texts[path.name] = article_from_text(body if sep else raw).text
            continue
        texts[item.doc] = item.text
    return texts


def occurrences(text: str, expected: list[tuple]) -> list[tuple[int, int, str, str]]:
    """Every expected occurrence: (start, end, surface, accepted), nested ones dropped."""
    spans = []
    for surface, accepted, *chosen in expected:
        for number, match in enumerate(
            re.finditer(rf"(?<!\w){re.escape(surface)}(?!\w)", text), start=1
        ):
            if not chosen or number in chosen[0]:
                spans.append((match.start(), match.end(), surface, accepted))
    return [
        span
        for span in spans
        if not any(
            o[0] <= span[0] and span[1] <= o[1] and (o[1] - o[0]) > (span[1] - span[0])
            for o in spans
        )
    ]


def score(text: str, expected, mentions) -> tuple[int, int, list[str]]:
    spans = occurrences(text, expected)
    missed = []
    for start, end, surface, accepted in spans:
        ids = set(accepted.split("|"))
        hit = any(
            m.start < end and start < m.end and (m.feature_id in ids or ids & set(m.anchors))
            for m in mentions
        )
        if not hit:
            near = [
                f"{m.text!r}->{m.feature_id}" for m in mentions if m.start < end and start < m.end
            ]
            missed.append(f"{surface!r} @{start} expected {accepted} got {near or 'nothing'}")
    return len(spans) - len(missed), len(spans), missed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gazetteer", type=Path, default=None)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    from geo.gazetteer import load_gazetteer
    from geo.places import places_from_text

    gazetteer = load_gazetteer(args.gazetteer)
    files = sorted(CORPUS.glob("d*.txt")) + sorted(SEEDS.glob("*.txt"))
    texts = article_texts(files)
    total_found = total = 0
    for name, expected in EXPECTED.items():
        if name not in texts:
            print(f"{name}: not read")
            continue
        mentions = places_from_text(texts[name], gazetteer)
        found, count, missed = score(texts[name], expected, mentions)
        total_found += found
        total += count
        print(f"{name:28} {found:3d}/{count:<3d}")
        for line in missed:
            print(f"    missed {line}")
        if args.verbose:
            for mention in mentions:
                print(f"      {mention.text!r} -> {mention.feature_id} {mention.anchors}")
        for place in OUT_OF_GAZETTEER.get(name, []):
            print(f"    not in the gazetteer: {place!r}")
    print(f"TOTAL {total_found}/{total} = {100 * total_found / max(total, 1):.1f}%")
    return 0


if __name__ == "__main__":
    sys.exit(main())
