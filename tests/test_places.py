"""Resolution scenarios: ambiguous names, relative phrases, zones with owners, anaphora."""

from __future__ import annotations

import json

import pytest
from _places_gazetteer import OKINAWA, SENKAKU, small_gazetteer
from pyproj import Geod
from shapely.geometry import Point, mapping
from typer.testing import CliRunner

from geo.cli import app
from geo.places import places_from_text

GEOD = Geod(ellps="WGS84")


def places(text: str):
    found = places_from_text(text, small_gazetteer())
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
        assert mention.geometry.is_valid and not mention.geometry.is_empty, mention
    for first, second in zip(found, found[1:], strict=False):
        assert first.end <= second.start
    return found


def ids(text: str) -> list[str]:
    return [m.feature_id for m in places(text)]


def one(text: str, phrase: str):
    matching = [m for m in places(text) if m.text == phrase]
    assert len(matching) == 1, [m.text for m in places(text)]
    return matching[0]


# --- ambiguous names -----------------------------------------------------------------


def test_miyako_strait_is_not_miyakojima():
    assert ids("The carrier sailed through the Miyako Strait.") == ["strait.miyako"]
    assert ids("It was seen off Miyakojima.")[0] == "derived:off:island.miyako"
    assert ids("Miyako Island lies southwest of the strait.")[0] == "island.miyako"
    assert ids("between the islands of Okinawa and Miyako")[0] == "strait.miyako"
    assert ids("between Okinawa's main island and Miyako Island") == ["strait.miyako"]


def test_east_sea_is_the_sea_of_japan_and_east_china_sea_is_not():
    assert ids("Bombers flew over the East Sea.") == ["sea.japan"]
    assert ids("Bombers flew over the East China Sea.") == ["sea.east-china"]
    assert ids("the Sea of Japan/East Sea") == ["sea.japan"]
    assert ids("over the East and West Seas") == ["sea.japan"]


def test_diaoyu_is_the_senkaku_islands():
    assert ids("Ships sailed near Diaoyu.") == ["derived:near:islands.senkaku"]
    assert ids("the Diaoyu Islands and Diaoyu Dao") == ["islands.senkaku", "island.uotsuri"]
    assert ids("near the disputed Senkaku/Diaoyu Islands") == ["derived:near:islands.senkaku"]


def test_tsushima_island_and_tsushima_strait():
    assert ids("Ships passed Tsushima.") == ["island.tsushima"]
    assert ids("Ships passed the Tsushima Strait.") == ["strait.korea"]


def test_okinawa_island_or_prefecture_by_context():
    assert ids("Ishigaki, Okinawa Prefecture") == ["prefecture.okinawa"]
    assert ids("islands of Japan's Okinawa prefecture") == ["prefecture.okinawa"]
    assert ids("They flew south of Okinawa.") == ["derived:south_of:island.okinawa"]
    assert ids("the northernmost prefecture of Hokkaido") == ["prefecture.hokkaido"]
    assert ids("Cape Soya in Hokkaido") == ["cape.soya", "island.hokkaido"]


# --- countries as actors ---------------------------------------------------------------


def test_countries_used_as_actors_are_not_places():
    assert ids("Chinese bombers flew with Russian navy ships, Japan said.") == []
    assert ids("Japan's Defense Ministry and the Japan Coast Guard said China was warned.") == []
    assert ids("Moscow protested; Tokyo said nothing.") == []


def test_countries_located_in_text_are_places():
    assert ids("The flight came near Japan.") == ["derived:near:country.jp"]
    assert ids("A missile landed northwest of Hegura Island, Japan.")[1] == "country.jp"
    assert ids("They flew near Japan and South Korea.") == [
        "derived:near:country.jp",
        "country.kr",
    ]
    assert ids("Drills were held in Taiwan.") == ["island.taiwan"]
    assert ids("The drones returned to China; China said it would respond to Japan.") == [
        "country.cn"
    ]
    assert ids("MOSCOW, October 14. The fleet sailed.") == ["city.moscow"]


def test_possessive_country_gives_way_to_its_place():
    assert ids("The bombers approached Japan's Hegura Island.") == ["island.hegura"]
    mention = one("near Japan’s southern islands", "near Japan’s southern islands")
    assert mention.anchors == ("islands.ryukyu",)


# --- relative phrases ---------------------------------------------------------------------


def test_south_of_okinawa_is_a_sector_south_of_the_island():
    mention = one("The bombers flew south of Okinawa.", "south of Okinawa")
    assert (mention.feature_id, mention.relation) == ("derived:south_of:island.okinawa", "south_of")
    assert mention.anchors == ("island.okinawa",)
    assert mention.geometry.contains(Point(127.9, 25.0))
    assert not mention.geometry.contains(Point(127.9, 27.8))
    assert not mention.geometry.intersects(OKINAWA.buffer(-0.01))
    assert mention.uncertainty_km > 100
    assert mention.geo_precision == 5


def test_between_okinawa_and_miyako_islands_is_the_miyako_strait():
    text = "Japan scrambled jets to monitor Chinese bombers between Okinawa and Miyako islands."
    mention = one(text, "between Okinawa and Miyako islands")
    assert mention.feature_id == "strait.miyako"
    assert mention.relation == "between"
    assert mention.anchors == ("island.okinawa", "island.miyako")


def test_between_two_places_without_a_strait_is_the_water_between_them():
    mention = one("islands located between Taiwan and Okinawa", "between Taiwan and Okinawa")
    assert mention.feature_id == "derived:between:island.taiwan+island.okinawa"
    assert mention.geometry.contains(Point(124.5, 25.5))
    assert not mention.geometry.intersects(OKINAWA.buffer(-0.01))


def test_between_names_the_strait_of_its_headlands():
    text = "the Soya Strait between Cape Soya in Hokkaido and the Russian island of Sakhalin"
    assert ids(text) == ["strait.soya", "strait.soya"]


@pytest.mark.parametrize(
    ("phrase", "km", "bearing"),
    [
        ("some 250 kilometers southwest of Tsushima", 250.0, 225.0),
        ("about 50 nautical miles east of Miyako", 92.6, 90.0),
        ("approximately 50 miles south-southeast of Okinawa", 80.47, 157.5),
        ("about 40km north-northeast of Cape Soya", 40.0, 22.5),
    ],
)
def test_distance_and_bearing_give_a_point(phrase, km, bearing):
    mention = one(f"Ships were spotted {phrase} on Monday.", phrase)
    assert mention.relation == "bearing_distance"
    anchor = small_gazetteer().get(mention.anchors[0]).geometry
    origin = anchor.centroid
    forward, _, metres = GEOD.inv(origin.x, origin.y, mention.geometry.x, mention.geometry.y)
    assert metres / 1000 == pytest.approx(km, rel=0.01)
    assert forward % 360 == pytest.approx(bearing, abs=0.5)
    assert 0 < mention.uncertainty_km < km


def test_off_the_coast_is_water_beside_the_place():
    mention = one(
        "A vessel was seen off the coast of Hegura Island.", "off the coast of Hegura Island"
    )
    assert mention.relation == "off"
    assert mention.geometry.contains(Point(136.95, 37.85))
    assert not mention.geometry.contains(Point(136.915, 37.845))
    assert mention.uncertainty_km == 25


def test_a_side_of_a_coast_is_the_strip_along_it():
    east, west, inland = Point(132.05, 32.45), Point(129.45, 32.45), Point(130.75, 32.45)
    mention = one(
        "Two destroyers sailed along the east coast of Kyushu.", "the east coast of Kyushu"
    )
    assert (mention.feature_id, mention.relation) == (
        "derived:coast_east:island.kyushu",
        "coast_east",
    )
    assert mention.anchors == ("island.kyushu",) and mention.uncertainty_km == 50
    assert mention.geometry.contains(east) and not mention.geometry.contains(west)
    assert not mention.geometry.contains(inland)  # a strip along the shore, not the island
    mention = one(
        "A frigate was seen near Kyushu's western coastline.", "Kyushu's western coastline"
    )
    assert mention.relation == "coast_west" and mention.anchors == ("island.kyushu",)
    assert mention.geometry.contains(west) and not mention.geometry.contains(east)
    assert mention.geometry.contains(Point(129.7, 32.45))  # the shore itself, land side


def test_off_a_side_of_a_coast_is_the_sea_on_that_side():
    for text, phrase in (
        ("Ships sailed off the west coast of Kyushu.", "off the west coast of Kyushu"),
        ("Ships sailed off Kyushu's west coast.", "off Kyushu's west coast"),
    ):
        mention = one(text, phrase)
        assert (mention.feature_id, mention.relation) == (
            "derived:off_coast_west:island.kyushu",
            "coast_west",
        )
        assert mention.anchors == ("island.kyushu",)
        assert mention.geometry.contains(Point(129.45, 32.45))
        assert not mention.geometry.contains(Point(129.7, 32.45))  # no land
        assert not mention.geometry.contains(Point(132.05, 32.45))


def test_a_states_coast_is_a_place_though_the_state_has_a_possessive():
    mention = one("Bombers flew along Japan's east coast.", "Japan's east coast")
    assert (mention.relation, mention.anchors) == ("coast_east", ("country.jp",))
    assert ids("Japan's coast guard said so.") == []
    assert ids("Japan's eastern neighbours said so.") == []


def test_near_around_and_waters_near():
    assert ids("flew near Tsushima") == ["derived:near:island.tsushima"]
    assert ids("patrols around the Senkaku Islands") == ["derived:around:islands.senkaku"]
    mention = one("in waters near the Senkaku Islands", "waters near the Senkaku Islands")
    assert mention.relation == "waters_near"
    assert not mention.geometry.intersects(SENKAKU.buffer(-0.01))


def test_part_of_a_country_and_the_western_pacific():
    assert ids("a strait in northern Japan") == ["derived:north_part:country.jp"]
    assert ids("into the Western Pacific") == ["ocean.pacific"]


# --- zones ----------------------------------------------------------------------------------


def test_japans_territorial_waters():
    assert ids("They entered Japan's territorial waters.") == ["territorial_sea.jp"]
    assert ids("They entered Japanese territorial waters.") == ["territorial_sea.jp"]
    mention = one("They entered Japan's territorial waters.", "Japan's territorial waters")
    assert (mention.relation, mention.anchors) == ("territorial_sea", ("country.jp",))


def test_senkaku_territorial_waters_and_contiguous_zone():
    assert ids("in Japanese territorial waters around the Senkaku Islands") == [
        "territorial_sea.senkaku"
    ]
    assert ids("ships sailed in the Senkakus' contiguous zone") == ["contiguous_zone.senkaku"]
    text = (
        "Ships sailed in the contiguous zone around the Senkaku Islands. "
        "A contiguous zone is a belt of sea. Four ships were in the contiguous zone on Monday."
    )
    assert ids(text) == ["contiguous_zone.senkaku", "contiguous_zone.senkaku"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aircraft entered South Korea's air defense identification zone.", ["adiz.kr"]),
        ("Aircraft entered the Korean air defence identification zone.", ["adiz.kr"]),
        ("Aircraft entered the KADIZ.", ["adiz.kr"]),
        ("A drone flew inside Taiwan's ADIZ.", ["adiz.tw"]),
        ("Japan said bombers entered the air defense zone.", ["adiz.jp"]),
        ("They crossed the JADIZ and the East China Sea ADIZ.", ["adiz.jp", "adiz.cn-ecs"]),
        ("An air defense identification zone is not airspace.", []),
    ],
)
def test_adiz_owner_from_context(text, expected):
    assert [i for i in ids(text) if i.startswith("adiz")] == expected


def test_plural_zones_of_several_owners():
    text = "Japan and South Korea scrambled: bombers entered their air defence identification zones"
    mention = one(text, "air defence identification zones")
    assert mention.anchors == ("adiz.jp", "adiz.kr")
    assert mention.geometry.contains(Point(128.0, 37.0))


def test_airspace_with_an_owner_or_a_place():
    assert ids("They did not violate South Korea's airspace.") == ["airspace.kr"]
    mention = one(
        "an exercise in the airspace over the Sea of Japan", "airspace over the Sea of Japan"
    )
    assert (mention.relation, mention.anchors) == ("airspace", ("sea.japan",))
    assert ids("the first airspace violation") == []


# --- anaphora --------------------------------------------------------------------------------


def test_the_disputed_islands_refers_back():
    text = (
        "Chinese ships sailed near the Senkaku Islands, known as the Diaoyu in China. "
        "Beijing claims the disputed islands."
    )
    mention = one(text, "the disputed islands")
    assert (mention.feature_id, mention.relation) == ("islands.senkaku", "anaphor")
    assert mention.geometry.equals(small_gazetteer().get("islands.senkaku").geometry)


def test_the_strait_the_waters_and_the_island_refer_back():
    text = (
        "Ships passed through the Tsugaru Strait. The vessels that passed through the strait "
        "joined a drill."
    )
    assert one(text, "the strait").feature_id == "strait.tsugaru"
    text = (
        "Ships entered Japanese territorial waters around the Senkaku Islands in the East China "
        "Sea. The coast guard ordered them to leave the waters."
    )
    assert one(text, "the waters").feature_id == "territorial_sea.senkaku"
    text = "The carrier sailed south of Miyakojima, about 430 kilometers south of the island."
    assert one(text, "about 430 kilometers south of the island").anchors == ("island.miyako",)


def test_the_strait_of_a_piece_about_one_strait_is_that_strait():
    text = (
        "Timeline: the Tsugaru Strait\n\nChinese ships passed the Tsugaru Strait on Monday. "
        "They had come through the Soya Strait.\n\nThe strait is 19 km wide.\n\n"
        "2022: Ships passed through the strait. They then sailed home by the Soya Strait.\n\n"
        "2024: Frigates passed through the strait."
    )
    found = [m.feature_id for m in places_from_text(text, small_gazetteer()) if m.relation]
    assert found == ["strait.tsugaru", "strait.tsugaru", "strait.tsugaru"]
    # in the paragraph that named another strait, "the strait" is that one
    text = (
        "The Tsugaru Strait is busy. Ships use the Tsugaru Strait daily.\n\n"
        "On Monday ships passed the Soya Strait. The strait is wide."
    )
    assert one(text, "The strait").feature_id == "strait.soya"


def test_the_sea_refers_back_to_the_sea_just_named():
    text = "Chinese ships entered the East China Sea on Monday. They left the sea on Tuesday."
    mention = one(text, "the sea")
    assert (mention.feature_id, mention.relation) == ("sea.east-china", "anaphor")
    assert mention.anchors == ("sea.east-china",)
    text = "Ships sailed past Okinawa into the East China Sea, then near Okinawa. The sea was calm."
    assert one(text, "The sea").feature_id == "sea.east-china"  # a sea, not the last place
    assert ids("Ships sailed near Okinawa. The sea was calm.") == ["derived:near:island.okinawa"]
    text = "Ships entered the East China Sea. Tokyo said it would protect the sea lanes."
    assert ids(text) == ["sea.east-china"]


def test_the_region_refers_back_to_the_area_just_named():
    text = "Drones flew near Okinawa on Monday. Aircraft stayed in the region for hours."
    mention = one(text, "the region")
    assert (mention.feature_id, mention.relation) == ("derived:near:island.okinawa", "anaphor")
    assert mention.anchors == ("derived:near:island.okinawa", "island.okinawa")
    # a state is no area "the region" stands for
    assert ids("Ships sailed past Japan. They stayed in the region.") == ["country.jp"]
    text = "Drones flew near Okinawa, worrying countries in the region."
    assert ids(text) == ["derived:near:island.okinawa"]  # the world around, not a place


def test_the_sea_and_the_region_reach_back_a_paragraph_at_most():
    filler = "Officials gave no further details. " * 12
    for head in ("sea", "region"):
        text = f"Ships entered the East China Sea. {filler}Later they left the {head}."
        assert ids(text) == ["sea.east-china"], head
        text = f"Ships entered the East China Sea. {filler[:200]}Later they left the {head}."
        assert ids(text) == ["sea.east-china", "sea.east-china"], head


def test_an_anaphor_with_nothing_before_it_is_not_a_place():
    assert ids("The islands are beautiful.") == []


def test_the_islands_after_one_island_is_its_group():
    text = "Diaoyu Dao and its affiliated islands. Tokyo nationalized the islands in 2012."
    assert one(text, "the islands").feature_id == "islands.senkaku"


# --- the command -----------------------------------------------------------------------------


@pytest.fixture
def gazetteer_file(tmp_path):
    features = []
    for feature in small_gazetteer():
        properties = {
            name: getattr(feature, name)
            for name in (
                "id",
                "kind",
                "name_en",
                "name_ja",
                "name_zh",
                "name_ko",
                "name_ru",
                "source",
                "source_quality",
                "notes",
                "geo_precision",
                "parent",
                "owner",
            )
        }
        properties["aliases"] = list(feature.aliases)
        features.append(
            {"type": "Feature", "properties": properties, "geometry": mapping(feature.geometry)}
        )
    path = tmp_path / "features.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}))
    return path


def test_geo_places_prints_json_for_text(gazetteer_file):
    result = CliRunner().invoke(
        app,
        [
            "places",
            "--gazetteer",
            str(gazetteer_file),
            "--json",
            "Bombers flew between Okinawa and Miyako islands.",
        ],
    )
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert row["feature_id"] == "strait.miyako"
    assert row["anchors"] == ["island.okinawa", "island.miyako"]
    assert {
        "text",
        "start",
        "end",
        "name_en",
        "kind",
        "geo_precision",
        "relation",
        "uncertainty_km",
        "reason",
        "bbox",
    } <= set(row)


def test_geo_places_reads_an_article_file(gazetteer_file, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(
        "url: https://example.org/a\npublished: 2024-01-02\n---\n"
        "Chinese ships sailed south of Okinawa.\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(app, ["places", "--gazetteer", str(gazetteer_file), str(article)])
    assert result.exit_code == 0, result.output
    header, row = result.output.strip().splitlines()
    assert header.split("\t")[:5] == ["doc", "text", "start", "end", "feature_id"]
    assert row.split("\t")[1:5] == [
        "south of Okinawa",
        "21",
        "37",
        "derived:south_of:island.okinawa",
    ]


# --- states, organisations and figures of speech -----------------------------------------


def test_between_two_states_is_a_relation_not_a_place():
    assert ids("Cooperation between China and Russia grew.") == []
    assert ids("a spat between Tokyo and Moscow") == []
    mention = one("Bombers flew between Japan and South Korea.", "between Japan and South Korea")
    assert mention.anchors == ("country.jp", "country.kr")


def test_figurative_surroundings_are_not_places():
    assert ids("the security situation surrounding Japan is severe") == []
    assert ids("patrols around Japan") == ["derived:around:country.jp"]


def test_names_of_bodies_are_not_places():
    assert ids("TAIPEI (Taiwan News) reported it.") == []
    assert ids("Russia's Pacific Fleet sailed into the Pacific.") == ["ocean.pacific"]


def test_bare_island_names_only_when_capitalised():
    assert ids("off the islands of Kuba and Taisho") == ["derived:off:island.kuba"]
    assert ids("the word kuba in lower case") == []


# --- zones tied to places, owners from earlier zones -------------------------------------


def test_a_named_zone_off_a_place_is_that_part_of_the_zone():
    text = (
        "A Chinese vessel entered Japanese territorial waters off the coast of Minami-Daito Island."
    )
    mention = one(text, "Japanese territorial waters off the coast of Minami-Daito Island")
    assert mention.feature_id == "derived:territorial_sea:island.minami-daito"
    assert mention.anchors == ("territorial_sea.jp", "island.minami-daito")
    assert mention.geometry.within(
        small_gazetteer().get("territorial_sea.jp").geometry.buffer(1e-6)
    )


def test_airspace_of_a_place_and_of_a_state_named_by_demonym():
    assert ids("They crossed the Tsugaru Strait airspace.") == ["derived:airspace:strait.tsugaru"]
    assert ids("A fighter violated Lithuanian airspace.") == ["derived:airspace:country.lt"]


def test_the_countrys_airspace_is_the_state_of_the_zone_just_named():
    text = "Bombers entered the KADIZ on Friday. They did not violate the country's airspace."
    assert ids(text) == ["adiz.kr", "airspace.kr"]


def test_descriptors_and_locators_before_the_anchor():
    mention = one("near the Japanese island of Hegura", "near the Japanese island of Hegura")
    assert mention.feature_id == "derived:near:island.hegura"
    text = "some 350 kilometers southwest of Nagasaki Prefecture's Tsushima"
    assert one(text, text).anchors == ("island.tsushima", "prefecture.nagasaki")


# --- the packaged gazetteer --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The carrier crossed the Miyako Strait.", ["strait.miyako"]),
        ("It sailed off Miyakojima.", ["derived:off:island.miyako"]),
        ("Bombers flew over the East Sea.", ["sea.japan"]),
        ("Bombers flew over the East China Sea.", ["sea.east-china"]),
        ("Ships sailed near Diaoyu.", ["derived:near:islands.senkaku"]),
        ("They flew south of Okinawa.", ["derived:south_of:island.okinawa"]),
        ("Bombers flew between Okinawa and Miyako islands.", ["strait.miyako"]),
        ("They entered Japan's territorial waters.", ["territorial_sea.jp"]),
        ("in territorial waters around the Senkaku Islands", ["territorial_sea.senkaku"]),
        ("Aircraft entered South Korea's air defense identification zone.", ["adiz.kr"]),
        (
            "Ships sailed through the Tsushima Strait near Tsushima.",
            ["strait.korea", "derived:near:island.tsushima"],
        ),
        ("Chinese bombers flew with the Russian navy, Japan said.", []),
        # states and capitals that a phrase locates, not actors
        ("The chain runs from Japan through Guam.", ["country.jp", "island.guam"]),
        ("Gaps in the chain stretching from Kyushu to Taiwan.", ["island.kyushu", "country.tw"]),
        ("A protest from Japan to China was lodged.", []),
        ("It flew a route past Japan.", ["country.jp"]),
        ("Its carriers will operate closer to Japan.", ["country.jp"]),
        ("Since Russia invaded Ukraine in 2022.", ["country.ua"]),
        ("The hotline links ministries in Tokyo and Beijing.", ["city.tokyo", "city.beijing"]),
        ("said a researcher at a Tokyo think tank.", ["city.tokyo"]),
        ("It was a Beijing decision, a Seoul official said.", []),
        (
            "Drones flew between Yonaguni Island, Okinawa Prefecture, and Taiwan.",
            ["island.yonaguni", "prefecture.okinawa", "country.tw"],
        ),
        ("It was fired from Pyongyang's Sunan airport.", ["city.pyongyang", "base.sunan"]),
        # land named by a demonym
        ("The missile did not fly over Japanese territory.", ["country.jp"]),
        ("They had not approached the Japanese coast.", ["country.jp"]),
        ("It exploded far off the Chinese coast.", ["country.cn"]),
        ("Japanese coast guard ships left.", []),
        # straits by their bare names, the Asian continent of Japan's releases
        (
            "Tsugaru and Osumi are among five straits where Japan limits its waters.",
            ["strait.tsugaru", "strait.osumi"],
        ),
        ("The Tsugaru passage was symbolic.", ["strait.tsugaru"]),
        (
            "It flew in from the direction of the continent and returned toward the continent.",
            ["region.asia-mainland", "region.asia-mainland"],
        ),
        ("Books on the continent of Africa.", []),
        # a zone measured from an island whose group has one: that group's zone
        (
            "They entered Japan's territorial waters about 17 km south-southwest of Uotsuri "
            "Island.",
            ["territorial_sea.senkaku", "derived:17km_south_southwest_of:island.uotsuri"],
        ),
        (
            "Ships entered Japan's territorial waters about 20 km west of Tsushima.",
            ["territorial_sea.jp", "derived:20km_west_of:island.tsushima"],
        ),
        (
            "A drone flew near Yonaguni. China then began drills around Taiwan, in six zones "
            "encircling the island.",
            ["derived:near:island.yonaguni", "derived:around:country.tw", "island.taiwan"],
        ),
    ],
)
def test_scenarios_on_the_packaged_gazetteer(text, expected):
    from geo.gazetteer import load_gazetteer

    found = places_from_text(text, load_gazetteer())
    assert [m.feature_id for m in found] == expected
    for mention in found:
        assert text[mention.start : mention.end] == mention.text


def test_distance_with_a_converted_figure_in_brackets():
    phrase = "about 60 km (37 miles) northwest of Hegura Island"
    mention = one(f"It fell {phrase}.", phrase)
    anchor = small_gazetteer().get("island.hegura").geometry.centroid
    _, _, metres = GEOD.inv(anchor.x, anchor.y, mention.geometry.x, mention.geometry.y)
    assert metres / 1000 == pytest.approx(60, rel=0.01)


def test_distance_off_a_place_is_a_ring_at_that_distance():
    phrase = "about 100 km off Japan's island of Hegura"
    mention = one(f"The missile landed {phrase}.", phrase)
    assert (mention.relation, mention.anchors) == ("distance_off", ("island.hegura",))
    hegura = small_gazetteer().get("island.hegura").geometry.centroid
    lon, lat, _ = GEOD.fwd(hegura.x, hegura.y, 0, 100_000)
    assert mention.geometry.contains(Point(lon, lat))
    assert not mention.geometry.contains(hegura)


def test_ships_named_after_places_are_not_places():
    assert ids("The carrier Fujian sailed off Fujian Province.") == ["derived:off:region.fujian"]
    assert ids("the Fujian carrier group and the Fujian-class ships") == []


def test_the_waters_after_a_sea_named_in_a_later_sentence_is_that_sea():
    text = (
        "The ships did not enter Japanese territorial waters. Their drills in the Pacific "
        "checked activity in the waters by other navies."
    )
    assert one(text, "the waters").feature_id == "ocean.pacific"


def test_the_waters_of_a_sea_are_the_sea():
    assert ids("drills in the waters of the East China Sea") == ["sea.east-china"]
    assert ids("in the waters of Okinawa") == ["derived:waters_near:island.okinawa"]


def test_zone_owner_from_a_place_with_its_own_zone_in_the_sentence():
    text = "The ships stayed in the contiguous zone just outside the territory of the Senkakus."
    assert ids(text)[0] == "contiguous_zone.senkaku"


def test_a_states_airspace_near_an_island_is_that_part_of_it():
    mention = one(
        "Russian aircraft violated South Korean airspace near Jeju.", "South Korean airspace"
    )
    assert mention.feature_id == "airspace.kr"
    text = "Russian aircraft violated Japanese airspace near Hegura Island."
    mention = one(text, "Japanese airspace near Hegura Island")
    assert mention.anchors == ("airspace.jp", "island.hegura")
    airspace = small_gazetteer().get("airspace.jp").geometry
    assert mention.geometry.within(airspace.buffer(1e-6))
    assert mention.geometry.area < airspace.area / 10
    text = "Two bombers violated the territorial airspace over the sea north of Hegura Island."
    mention = one(text, "territorial airspace over the sea north of Hegura Island")
    assert mention.anchors == ("airspace.jp", "island.hegura")


def test_demonstratives_and_sea_areas():
    text = "Chinese ships sailed near the Senkaku Islands. They often enter these waters."
    assert one(text, "these waters").feature_id == "derived:near:islands.senkaku"
    mention = one("in the sea area near Hegura Island", "sea area near Hegura Island")
    assert mention.relation == "waters_near"


def test_shipped_gazetteer_names_the_outlying_islands_and_sites():
    from geo.gazetteer import load_gazetteer

    text = (
        "The aircraft left towards the Asian continent, built in the Soviet Union. Ships passed "
        "La Perouse, Shimoji Island, Wake Island, the Okinawa Trough, Wakasa Bay, Tobishima, "
        "Aguni, Hatoma and Kuroshima; jets left Kasuga Air Base after a launch from "
        "Tongchang-ri. Mikio Shimoji spoke in the wake of the drill."
    )
    found = {m.text: m.feature_id for m in places_from_text(text, load_gazetteer())}
    assert found == {
        "Asian continent": "region.asia-mainland",
        "Soviet Union": "country.ru",
        "La Perouse": "strait.soya",
        "Shimoji Island": "island.shimoji",
        "Wake Island": "island.wake",
        "Okinawa Trough": "sea.okinawa-trough",
        "Wakasa Bay": "bay.wakasa",
        "Tobishima": "island.tobishima",
        "Aguni": "island.aguni",
        "Hatoma": "island.hatoma",
        "Kuroshima": "island.kuroshima",
        "Kasuga Air Base": "base.kasuga",
        "Tongchang-ri": "base.sohae",
    }


# --- quick tests that spare pattern searches ---------------------------------------------

_GAP_WORDS = (
    "of off from near nearby close to the a an in vicinity not far around surrounding "
    "between and waters sea areas airspace air space skies over north south east west "
    "north-east south-southwest northern easternmost part side coast shores some about 250 "
    "km kilometers nautical miles (37 miles) island city disputed big red old said, OF Off "
    "NEAR ſea İn K ı island’s"
)


def _gaps(count: int, seed: int):
    import random

    rng = random.Random(seed)
    spaces = (" ", " ", "  ", "\n", "\t", "\u00a0")
    for _ in range(count):
        words = rng.choices(_GAP_WORDS.split(), k=rng.randint(0, 16))
        gap = "".join(word + rng.choice(spaces) for word in words)
        yield gap.rstrip() if rng.random() < 0.1 else gap


def test_trigger_quick_test_keeps_every_trigger_that_matches():
    from geo.places import _TRIGGERS, _candidates

    matched = 0
    for gap in _gaps(4000, seed=1):
        kept = {name for name, _ in _candidates(gap)}
        for name, pattern in _TRIGGERS:
            if pattern.search(gap):
                matched += 1
                assert name in kept, (name, gap)
    assert matched > 500  # the sample exercises the triggers


def test_end_anchored_patterns_searched_over_the_last_words_find_the_same_match():
    from geo.places import _COMMA_END, _COORDINATING_END, _LOCATIVE, _SHIP_BEFORE, _search_end

    words = "in into the back returned headed to went flew (in x-in carrier USS , and or said"
    extra = tuple(words.split())
    found = 0
    for index, gap in enumerate(_gaps(3000, seed=2)):
        text = gap + " ".join(extra[index % len(extra) :][:3]) + (" " if index % 3 else "")
        for pattern, span in ((_LOCATIVE, 4), (_SHIP_BEFORE, 1), (_COORDINATING_END, 1)):
            expected = pattern.search(text)
            got = _search_end(pattern, text, span)
            assert (got and got.span()) == (expected and expected.span()), (pattern, text)
            found += expected is not None
        assert bool(_search_end(_COMMA_END, text, 1)) == bool(_COMMA_END.search(text))
    assert found > 500


def test_quick_tests_before_word_searches_never_miss_a_match():
    from geo.places import (
        _COMMA_END,
        _COORDINATING_END,
        _LOCATIVE,
        _LOCATIVE_ENDS,
        _SHIP_BEFORE,
        _SHIP_ENDS,
        _last_character,
        _may_end_with,
        _search_end,
    )

    words = (
        "in into the back returned to (in x-in carrier USS uss icebreaker , and or said band "
        "past from runs invaded"
    )
    extra = tuple(words.split())
    found = 0
    for index, gap in enumerate(_gaps(3000, seed=3)):
        text = gap + " ".join(extra[index % len(extra) :][:3]) + (" " * (index % 3))
        for start in (0, len(text) // 3):
            for pattern, span, ends in (
                (_LOCATIVE, 4, _LOCATIVE_ENDS),
                (_SHIP_BEFORE, 1, _SHIP_ENDS),
            ):
                if _search_end(pattern, text, span, start):
                    found += 1
                    assert _may_end_with(text, start, len(text), ends), (pattern, text[start:])
            last = _last_character(text, start, len(text))
            assert bool(_search_end(_COMMA_END, text, 1, start)) == (last == ",")
            if _search_end(_COORDINATING_END, text, 1, start):
                assert last in (",", "d", "r")
    assert found > 500


def test_a_ring_round_a_vast_country_is_a_valid_area():
    mention = one("Two ships sailed some 1,200 km from Russia.", "some 1,200 km from Russia")
    assert mention.feature_id == "derived:1200km_off:country.ru"
    assert mention.relation == "distance_off"


def test_a_name_of_several_places_is_the_one_its_context_locates():
    from geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    taiwan = "Chinese aircraft flew near Taiwan and crossed the median line on Tuesday."
    assert [(m.text, m.feature_id) for m in places_from_text(taiwan, gazetteer)] == [
        ("near Taiwan", "derived:near:country.tw"),
        ("median line", "boundary.taiwan-strait-median"),
    ]
    alone = "Officials would not say where the median line runs."
    assert places_from_text(alone, gazetteer) == []


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        (  # the state named by its capital
            "The ministry in Taipei said 21 Chinese military aircraft entered the nation's air "
            "defense identification zone.",
            "adiz.tw",
        ),
        (  # the state named last before 'its'
            "Japan scrambled fighter jets, while South Korea's military said two Chinese and "
            "seven Russian aircraft had briefly entered its air defense identification zone.",
            "adiz.kr",
        ),
    ],
)
def test_the_nations_or_its_adiz_is_the_zone_of_the_state_the_sentence_names(text, zone):
    from geo.gazetteer import load_gazetteer

    found = {m.text: m.feature_id for m in places_from_text(text, load_gazetteer())}
    assert found["air defense identification zone"] == zone


def test_our_adiz_is_the_zone_of_the_state_the_release_speaks_for():
    from geo.gazetteer import load_gazetteer

    text = (
        "26 PLA aircraft and 9 PLAN vessels operating around Taiwan were detected. Of these, 14 "
        "aircraft entered our northern, central, southwestern and eastern ADIZ."
    )
    found = [(m.text, m.feature_id) for m in places_from_text(text, load_gazetteer())]
    assert found == [("around Taiwan", "derived:around:country.tw"), ("ADIZ", "adiz.tw")]


def test_an_adiz_named_alone_is_not_the_acting_states_but_the_one_named_next():
    from geo.gazetteer import load_gazetteer

    text = (
        "The ministry said 19 aircraft entered the ADIZ yesterday, while Beijing announced "
        "exercises near the strait. Chinese military aircraft entered Taiwan's air defense "
        "identification zone for a second day."
    )
    found = [(m.text, m.feature_id) for m in places_from_text(text, load_gazetteer())]
    assert found == [
        ("ADIZ", "adiz.tw"),
        ("Taiwan's air defense identification zone", "adiz.tw"),
    ]


def test_a_zone_two_bearings_from_an_island_is_the_islands_and_such_airspace_is_not():
    from geo.gazetteer import load_gazetteer

    text = (
        "The boats entered Japan's territorial waters west and northwest of Uotsuri Island. "
        "Jets were operating in the airspace north and southwest of Taiwan."
    )
    found = [(m.text, m.feature_id) for m in places_from_text(text, load_gazetteer())]
    assert found == [
        (
            "Japan's territorial waters west and northwest of Uotsuri Island",
            "territorial_sea.senkaku",
        ),
        ("southwest of Taiwan", "derived:southwest_of:country.tw"),
    ]


def test_the_airspace_around_an_island_of_another_state_is_not_japans_near_it():
    from geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    text = "Balloons were detected in the airspace around Taiwan Island."
    mention = next(m for m in places_from_text(text, gazetteer) if m.text.startswith("airspace"))
    assert mention.feature_id == "derived:airspace:island.taiwan"
    assert mention.geometry.equals(gazetteer.get("island.taiwan").geometry)


def test_a_zone_named_alone_carries_the_place_it_lies_around():
    from geo.gazetteer import load_gazetteer

    text = "Four ships entered the Senkaku contiguous zone."
    (mention,) = places_from_text(text, load_gazetteer())
    assert mention.feature_id == "contiguous_zone.senkaku"
    assert mention.anchors == ("islands.senkaku",)


def test_a_name_of_plain_words_is_a_place_only_when_capitalised():
    from geo.gazetteer import load_gazetteer

    text = "A carrier had never been seen so far east. Bombers flew from the Far East."
    found = [(m.text, m.feature_id) for m in places_from_text(text, load_gazetteer())]
    assert found == [("Far East", "region.russian-far-east")]


def test_a_name_two_islands_share_is_the_one_the_place_after_it_locates():
    from geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    text = "The missile fell about 200 km west of Oshima island off Hokkaido."
    assert places_from_text(text, gazetteer)[0].anchors == ("island.oshima-oshima",)
    text = "Ships passed Oshima Island south of Tokyo."
    assert places_from_text(text, gazetteer)[0].feature_id == "island.izu-oshima"


def test_states_as_places_after_motion_words_and_before_their_coast():
    from geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    text = (
        "The ships approach Japan. The chain separates China's coast from the Pacific. "
        "Bombers flew over islands in Okinawa and Tokyo prefectures."
    )
    found = [(m.text, m.feature_id) for m in places_from_text(text, gazetteer)]
    assert found == [
        ("Japan", "country.jp"),
        ("China", "country.cn"),
        ("Pacific", "ocean.pacific"),
        ("Okinawa", "prefecture.okinawa"),
        ("Tokyo", "prefecture.tokyo"),
    ]


def test_straits_named_together_before_one_plural_are_each_a_strait():
    from geo.gazetteer import load_gazetteer

    text = "Ships may use the Tsugaru, Soya and Osumi straits. The Osumi Islands lie south."
    found = [(m.text, m.feature_id) for m in places_from_text(text, load_gazetteer())]
    assert found == [
        ("Tsugaru", "strait.tsugaru"),
        ("Soya", "strait.soya"),
        ("Osumi straits", "strait.osumi"),
        ("Osumi Islands", "islands.osumi"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("How Tokyo might respond to a Chinese attack on Taiwan.", [("Taiwan", "country.tw")]),
        ("Beijing urged its citizens to avoid travel to Japan.", [("Japan", "country.jp")]),
        (
            "TOKYO/SEOUL, Nov 18 (Reuters) - North Korea fired a missile.",
            [("TOKYO", "city.tokyo"), ("SEOUL", "city.seoul")],
        ),
        ("Tokyo said on Monday that Beijing protested.", []),
        (
            "The islands closest to Taiwan feel the pressure on Taiwan.",
            [("Taiwan", "country.tw"), ("Taiwan", "country.tw")],
        ),
    ],
)
def test_states_named_as_destinations_and_datelines_are_places(text, expected):
    from geo.gazetteer import load_gazetteer

    found = [(m.text, m.feature_id) for m in places_from_text(text, load_gazetteer())]
    assert found == expected


def test_a_states_own_belts_without_a_gazetteer_zone_are_measured_from_its_coast():
    from geo.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    text = "Drills overlap Taiwan's territorial waters and China's contiguous zone."
    sea, zone = places_from_text(text, gazetteer)
    assert sea.feature_id == "derived:territorial_sea:country.tw"
    assert sea.geo_precision == 4 and "approximate" in sea.name_en
    offshore = Point(122.05, 25.05)  # about 12 km off Taiwan's north-east cape
    assert sea.geometry.contains(offshore)
    assert not sea.geometry.contains(Point(121.5, 24.0))  # inland
    assert not sea.geometry.contains(Point(122.6, 25.0))  # about 65 km out
    assert zone.feature_id == "derived:contiguous_zone:country.cn"
    assert not zone.geometry.intersects(gazetteer.get("country.cn").geometry.buffer(0.1))


def test_a_claimants_waters_around_islands_it_claims_are_their_waters():
    from geo.gazetteer import load_gazetteer

    text = (
        "Two ships sailed near the Senkaku Islands. Beijing said they patrolled "
        "China's territorial waters."
    )
    found = places_from_text(text, load_gazetteer())
    assert found[-1].text == "China's territorial waters"
    assert found[-1].feature_id == "territorial_sea.senkaku"


def test_a_bare_zone_after_its_sibling_is_the_zone_of_the_same_place():
    text = (
        "Two ships entered the territorial waters around the Senkaku Islands. Ships sail "
        "in the contiguous zone just outside the territorial waters."
    )
    assert ids(text) == [
        "territorial_sea.senkaku",
        "contiguous_zone.senkaku",
        "territorial_sea.senkaku",
    ]


def test_the_islands_is_a_group_named_outright_before_the_group_of_an_island_named_since():
    text = (
        "Ships sailed near the Senkaku Islands. Ishigaki Island administers them. "
        "Beijing claims the islands."
    )
    assert ids(text)[-1] == "islands.senkaku"


@pytest.mark.parametrize(
    "text",
    [
        "RC-135 aircraft flew to the waters off China's southern coast.",
        "Ships sailed off Russia.",
        "Ships sailed south of Russia.",
        "Ships sailed off the north coast of China.",
        "Ships sailed off Gunma Prefecture's western coast.",
    ],
)
def test_phrases_round_vast_or_inland_places_give_valid_places_or_none(text):
    from geo.gazetteer import load_gazetteer

    for mention in places_from_text(text, load_gazetteer()):
        assert mention.geometry.is_valid and not mention.geometry.is_empty, mention.feature_id
