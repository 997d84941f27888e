"""The contract as code: taxonomy data and the serialised field names of SPEC §2."""
from tacitus import taxonomy
from tacitus.models import Event, Result


def test_acled_taxonomy_counts():
    assert len(taxonomy.event_types()) == 6
    assert len(taxonomy.sub_event_types()) == 25
    assert sorted(taxonomy.inter_labels()) == list(range(1, 9))
    assert len(taxonomy.export_columns()) == 31


def test_plover_types():
    assert len(taxonomy.plover_types()) == 16
    assert "phone" in taxonomy.plover_modes()["CONSULT"]


def test_hierarchy_order():
    subs = taxonomy.sub_event_types()
    assert subs["Government regains territory"].order < subs["Armed clash"].order
    assert subs["Air/drone strike"].order < subs["Shelling/artillery/missile attack"].order


def test_interaction_code():
    assert taxonomy.interaction_code(7, 1) == 17
    assert taxonomy.interaction_code(3, None) == 30
    assert taxonomy.interaction_code(1, 1) == 11


def test_result_field_names():
    schema = Result.model_json_schema()
    assert set(schema["properties"]) == {"document", "events", "interactions", "background", "places", "warnings"}
    event = set(Event.model_json_schema()["properties"])
    assert {"event_id", "event_date", "time_precision", "disorder_type", "event_type", "sub_event_type", "actor1",
            "actor2", "interaction", "civilian_targeting", "location", "fatalities", "fatalities_low",
            "fatalities_best", "fatalities_high", "injuries", "casualties", "weapons", "sources", "evidence",
            "notes", "confidence"} == event
    defs = schema["$defs"]
    assert set(defs["Actor"]["properties"]) == {"name", "text", "country", "inter", "role"}
    assert set(defs["Casualty"]["properties"]) == {"kind", "count", "count_text", "qualifier", "victim_country",
                                                    "victim_category", "claimed_by", "claimed_by_country", "evidence"}
    assert set(defs["Evidence"]["properties"]) == {"field", "start", "end", "text"}


def test_invalid_sub_event_type_is_rejected():
    import pytest
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        Event(event_id="x", event_date="2022-01-01", time_precision=1, disorder_type="Political violence",
              event_type="Battles", sub_event_type="Skirmish", interaction=11)
