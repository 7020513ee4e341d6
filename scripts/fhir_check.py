"""Reads a file from `steady export --fhir` with an independent FHIR reader.

The PyPI package fhir.resources (pydantic models of the FHIR specification, not
Steady's code) parses the whole bundle as FHIR R4B, which refuses unknown elements,
missing required ones (an Observation without status) and badly formed dates; then a
few facts the clinic relies on are checked on the parsed models.

Usage: python fhir_check.py FILE EXPECTED_SELF_TESTS
"""

import re
import sys

from fhir.resources.R4B.bundle import Bundle

STEADY = "https://github.com/steady-app/steady/blob/main/docs/fhir.md"


def fail(why):
    print(f"fhir-check: {why}", file=sys.stderr)
    sys.exit(1)


def main():
    path, expected_tests = sys.argv[1], int(sys.argv[2])
    with open(path, encoding="utf-8") as f:
        text = f.read()
    bundle = Bundle.model_validate_json(text)
    if bundle.type != "collection":
        fail(f"bundle type is {bundle.type}, not collection")
    observations = [e.resource for e in bundle.entry or []]
    if any(o.get_resource_type() != "Observation" for o in observations):
        fail("a resource that is not an Observation")
    codes = [o.code.coding[0].code for o in observations]
    tests = [o for o in observations if (o.id or "").startswith("selftest-")]
    if len(tests) != expected_tests:
        fail(f"{len(tests)} self-test observations, expected {expected_tests}")
    for o in tests:
        if o.status != "final":
            fail(f"{o.id}: status {o.status}")
        # The time as recorded, with its UTC offset.
        raw = re.search(r'"id": "%s".*?"effectiveDateTime": "([^"]+)"' % o.id, text, re.S)
        if not raw or not re.search(r"[+-]\d\d:\d\d$", raw.group(1)):
            fail(f"{o.id}: effectiveDateTime without its offset")
        q = o.valueQuantity
        if q.system != "http://unitsofmeasure.org" or q.code not in ("s", "{#}", "{score}"):
            fail(f"{o.id}: unit {q.system} {q.code}")
        if not o.method or not o.method.text:
            fail(f"{o.id}: no method")
    chair = [o for o in tests if o.code.coding[0].code == "450738001"]
    if not chair or any(o.code.coding[0].system != "http://snomed.info/sct" for o in chair):
        fail("no 30-second chair stand coded with SNOMED CT 450738001")
    for o in chair:
        armrests = [c for c in o.component or [] if c.code.coding[0].code == "armrests"]
        if len(armrests) != 1 or armrests[0].valueBoolean is None:
            fail(f"{o.id}: the armrests condition is missing")
        if o.valueQuantity.code != "{#}":
            fail(f"{o.id}: stands are not counted in {{#}}")
    if len({o.component[0].valueBoolean for o in chair}) != 2:
        fail("expected chair stands both with and without armrests")
    adherence = [o for o in observations if o.code.coding[0].code == "weekly-adherence"]
    fatigue = [o for o in observations if o.code.coding[0].code == "weekly-average-fatigue"]
    if not adherence or not fatigue:
        fail(f"{len(adherence)} adherence and {len(fatigue)} fatigue observations")
    for o in adherence:
        r = o.valueRatio
        if r.denominator.value <= 0 or r.numerator.value < 0:
            fail(f"{o.id}: ratio {r.numerator.value}/{r.denominator.value}")
        if o.code.coding[0].system != STEADY:
            fail(f"{o.id}: code system {o.code.coding[0].system}")
    print(
        f"fhir-check: fhir.resources (R4B) read {len(observations)} observations: "
        f"{len(tests)} self-tests, {len(adherence)} weekly adherence, {len(fatigue)} weekly fatigue"
        f" ({len(set(codes))} codes)"
    )


main()
