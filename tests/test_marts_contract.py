"""The marts' typed values stay in step with the extractor: the addressee group types that
vngov.extract emits are the ones Great Expectations and the dbt tests accept."""

import json

import yaml

from conftest import REPO
from vngov.extract import lexicon

GROUP_TYPES = {group for group, _ in lexicon.ADDRESSEE_GROUPS}


def _expectation(suite: str, type_: str, column: str) -> dict:
    data = json.loads((REPO / "expectations" / "marts" / f"{suite}.json").read_text("utf-8"))
    [found] = [e for e in data["expectations"] if e["type"] == type_ and e["kwargs"].get("column") == column]
    return found


def test_group_types_accepted_by_gx_and_dbt_are_the_extractors():
    gx = _expectation("bridge_directive_addressees", "expect_column_values_to_be_in_set", "group_type")
    assert set(gx["kwargs"]["value_set"]) == GROUP_TYPES and gx["meta"]["severity"] == "critical"
    models = yaml.safe_load((REPO / "dbt_project/models/marts/dims.yml").read_text("utf-8"))["models"]
    [bridge] = [m for m in models if m["name"] == "bridge_directive_addressees"]
    [column] = [c for c in bridge["columns"] if c["name"] == "group_type"]
    [accepted] = [t["accepted_values"] for t in column["data_tests"] if isinstance(t, dict) and "accepted_values" in t]
    assert set(accepted["arguments"]["values"]) == GROUP_TYPES


def test_the_keys_of_a_directive_event_block_publishing():
    for suite, column in [("fct_directives", "directive_event_id"), ("fct_directive_events", "directive_event_id")]:
        assert _expectation(suite, "expect_column_values_to_not_be_null", column)["meta"]["severity"] == "critical"
    assert _expectation("fct_directive_events", "expect_column_values_to_be_unique",
                        "directive_event_id")["meta"]["severity"] == "critical"
