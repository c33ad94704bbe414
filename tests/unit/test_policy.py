"""The policy: the shipped default, how bad files are refused, overrides, rendering, hours."""

from __future__ import annotations

from datetime import date, datetime, time
from importlib.resources import files
from pathlib import Path

import pytest
from pydantic import ValidationError

from frontdesk.policy import (
    Policy,
    PolicyError,
    PolicyIssue,
    TemplateError,
    default_policy,
    load_policy,
    parse_policy,
)

DEFAULT_TEXT = files("frontdesk.policy").joinpath("default.yaml").read_text(encoding="utf-8")
VARIABLES = {
    "first_name": "Ana",
    "property_name": "Oak Terrace",
    "balance": "$1,250.00",
    "due_date": "March 1",
}


def edited(*replacements: tuple[str, str]) -> str:
    """The default policy text with each ``old`` (which must occur exactly once) replaced."""
    text = DEFAULT_TEXT
    for old, new in replacements:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


def line_containing(text: str, fragment: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), 1) if fragment in line)


def refusal(text: str) -> PolicyError:
    with pytest.raises(PolicyError) as caught:
        parse_policy(text, source="policy.yaml")
    return caught.value


def issue_at(error: PolicyError, path: str) -> PolicyIssue:
    found = [issue for issue in error.issues if issue.path == path]
    assert found, f"no issue at {path}; got {[str(i) for i in error.issues]}"
    return found[0]


def with_properties(block: str) -> str:
    return edited(("properties: {}", "properties:\n" + block))


# --- the shipped default ---------------------------------------------------------------


def test_default_policy_has_english_and_spanish_text_for_every_template() -> None:
    policy = default_policy()
    assert policy.languages == ["en", "es"]
    assert policy.templates
    for key, texts in policy.templates.items():
        assert set(texts) == {"en", "es"}, key
        assert texts["en"] != texts["es"], key


def test_default_policy_covers_every_category_and_escalation() -> None:
    policy = default_policy()
    assert set(policy.categories) == {
        "maintenance",
        "billing",
        "delinquency",
        "lease",
        "move",
        "access",
        "status_update",
        "general",
    }
    assert set(policy.escalations) == {
        "emergency",
        "dispute",
        "accommodation",
        "legal",
        "hardship",
        "complaint",
        "fair_housing",
        "unclear",
    }
    details = [d.name for d in policy.categories["maintenance"].required_details]
    assert details == ["location", "description", "urgency", "entry_permission", "availability"]


def test_default_emergency_pages_on_call_and_tells_resident_to_call_911() -> None:
    policy = default_policy()
    emergency = policy.escalations["emergency"]
    assert emergency.page_on_call
    assert emergency.resident_template is not None
    assert "911" in policy.render(emergency.resident_template, "en", {})
    assert "911" in policy.render(emergency.resident_template, "es", {})


def test_default_reminders_quiet_hours_and_caps() -> None:
    policy = default_policy()
    assert [s.days_past_due for s in policy.reminders.stages] == [3, 7, 14, 30]
    assert (policy.quiet_hours.start, policy.quiet_hours.end) == (time(21), time(8))
    assert (policy.contact_caps.per_day, policy.contact_caps.per_week) == (1, 3)


def test_default_call_routes_end_in_human_review_catch_all() -> None:
    policy = default_policy()
    assert policy.route_call("open", "prospect", "en").outcome == "live_queue"
    assert policy.route_call("after_hours", "prospect", "es").outcome == "tour_booking"
    assert policy.route_call("holiday", "vendor", "en").outcome == "next_morning_task"
    catch_all = policy.route_call("overflow", "unknown", None)
    assert catch_all.outcome == "human_review"
    assert catch_all is policy.call_routes[-1]


# --- refusing bad files ------------------------------------------------------------------


def test_stage_out_of_order_is_reported_at_its_path_and_line() -> None:
    text = edited(("days_past_due: 14", "days_past_due: 5"))
    error = refusal(text)
    issue = issue_at(error, "reminders.stages[2].days_past_due")
    assert issue.message == "must be greater than stages[1] (7)"
    assert issue.line == line_containing(text, "days_past_due: 5")
    assert str(issue) == f"policy.yaml:{issue.line} {issue.path}: {issue.message}"


def test_every_problem_in_one_file_is_reported() -> None:
    text = edited(
        ("days_past_due: 14", "days_past_due: 5"),
        ("\nquiet_hours: {start", "\nquiet_hour: {start"),
        ("template: reminder.final", "template: reminder.last"),
        ("per_day: 1", "per_day: 5"),
        (
            "priority: low\n    ack_template: ack.general",
            "priority: lowest\n    ack_template: ack.general",
        ),
    )
    paths = {issue.path for issue in refusal(text).issues}
    assert {
        "reminders.stages[2].days_past_due",
        "quiet_hour",
        "quiet_hours",
        "reminders.stages[3].template",
        "contact_caps.per_day",
        "categories.general.priority",
    } <= paths


def test_issues_are_listed_in_file_order() -> None:
    text = edited(("per_day: 1", "per_day: 5"), ("days_past_due: 14", "days_past_due: 5"))
    lines = [issue.line or 0 for issue in refusal(text).issues]
    assert lines == sorted(lines)


def test_misspelled_key_is_reported_with_its_path_and_line() -> None:
    text = edited(("    page_on_call: true", "    page_oncall: true"))
    issue = issue_at(refusal(text), "escalations.emergency.page_oncall")
    assert "unknown key 'page_oncall'" in issue.message
    assert issue.line == line_containing(text, "page_oncall")


def test_unknown_queue_and_template_references_are_reported() -> None:
    text = edited(
        ("    queue: maintenance\n    priority: normal", "    queue: maint\n    priority: normal"),
        ("resident_template: escalation.hardship", "resident_template: escalation.hard"),
    )
    error = refusal(text)
    assert issue_at(error, "categories.maintenance.queue").message == "unknown queue 'maint'"
    hardship = issue_at(error, "escalations.hardship.resident_template")
    assert hardship.message == "unknown template 'escalation.hard'"
    assert hardship.line == line_containing(text, "escalation.hard")


def test_template_missing_a_language_is_reported_at_the_template_key() -> None:
    text = edited(
        (
            '    es: "Gracias, {first_name}. Recibimos su solicitud de mantenimiento',
            '    fr: "Gracias, {first_name}. Recibimos su solicitud de mantenimiento',
        )
    )
    error = refusal(text)
    missing = issue_at(error, "templates.ack.maintenance")
    assert missing.message == "missing language 'es'"
    assert missing.line == line_containing(text, "ack.maintenance:")
    assert issue_at(error, "templates.ack.maintenance.fr").message.startswith("language 'fr'")


def test_template_placeholders_must_match_across_languages_and_be_plain_names() -> None:
    text = edited(
        ("su saldo de {balance} venció", "su saldo de {saldo} venció"),
        ("Your remaining balance is {balance}.", "Your remaining balance is {balance:>10}."),
    )
    error = refusal(text)
    assert "balance, saldo" in issue_at(error, "templates.reminder.friendly.es").message
    assert "plain name" in issue_at(error, "templates.reply.partial_payment.en").message


def test_missing_category_is_reported() -> None:
    text = edited(
        ("  general:\n    queue: resident_services\n", "  gen:\n    queue: resident_services\n")
    )
    error = refusal(text)
    assert issue_at(error, "categories").message == "missing category 'general'"
    assert issue_at(error, "categories.gen").message.startswith("unknown category 'gen'")


def test_last_call_route_must_catch_every_call() -> None:
    text = edited(
        (
            "    when: {}\n    outcome: human_review",
            "    when: {caller_type: unknown}\n    outcome: human_review",
        )
    )
    issue = issue_at(refusal(text), "call_routes[13].when")
    assert "catch-all" in issue.message


def test_yaml_syntax_error_is_one_issue_with_its_line() -> None:
    text = "name: Broken\nqueues:\n  billing: {label: Billing, sla_hours: 48\nlanguages: [en]\n"
    error = refusal(text)
    assert len(error.issues) == 1
    assert error.issues[0].message.startswith("not valid YAML")
    assert error.issues[0].line == 4
    assert "from line 3" in error.issues[0].message


def test_a_document_that_is_not_a_mapping_is_refused() -> None:
    error = refusal("- just\n- a list\n")
    assert "must be a mapping" in error.issues[0].message


def test_duplicate_keys_are_reported_at_the_second_occurrence() -> None:
    text = edited(
        (
            "contact_caps: {per_day: 1, per_week: 3}",
            "contact_caps: {per_day: 1, per_day: 2, per_week: 3}",
        )
    )
    issue = issue_at(refusal(text), "contact_caps.per_day")
    assert "twice" in issue.message


def test_invalid_holiday_country_and_subdivision_are_refused() -> None:
    bad_country = refusal(edited(("  country: US", "  country: ZZ")))
    assert "unknown holiday country 'ZZ'" in issue_at(bad_country, "holidays.country").message
    bad_state = refusal(edited(("  subdivision: null", "  subdivision: QQ")))
    assert "not a subdivision of US" in issue_at(bad_state, "holidays.subdivision").message


def test_unquoted_clock_times_are_read_as_times() -> None:
    policy = parse_policy(
        edited(
            (
                'quiet_hours: {start: "21:00", end: "08:00"}',
                "quiet_hours: {start: 22:30, end: 07:00}",
            )
        )
    )
    assert (policy.quiet_hours.start, policy.quiet_hours.end) == (time(22, 30), time(7))


def test_impossible_clock_times_and_office_hours_are_refused() -> None:
    text = edited(
        ('quiet_hours: {start: "21:00"', 'quiet_hours: {start: "25:00"'),
        ('saturday: {open: "10:00", close: "17:00"}', 'saturday: {open: "17:00", close: "10:00"}'),
    )
    error = refusal(text)
    assert "24-hour time" in issue_at(error, "quiet_hours.start").message
    saturday = issue_at(error, "office_hours.saturday")
    assert saturday.message == "open (17:00) must be before close (10:00)"
    assert saturday.line == line_containing(text, "saturday:")


def test_on_call_address_must_fit_its_channel() -> None:
    error = refusal(edited(('address: "+15555550100"', "address: on-call desk")))
    assert "E.164" in issue_at(error, "on_call").message


def test_missing_file_is_a_policy_error_with_a_clear_message(tmp_path: Path) -> None:
    missing = tmp_path / "nope.yaml"
    with pytest.raises(PolicyError) as caught:
        load_policy(missing)
    assert caught.value.issues[0].message == "file not found"
    assert str(missing) in str(caught.value)


def test_load_policy_reads_a_file(tmp_path: Path) -> None:
    path = tmp_path / "policy.yaml"
    path.write_text(DEFAULT_TEXT, encoding="utf-8")
    assert load_policy(path).version_hash == default_policy().version_hash


def test_validating_a_model_directly_still_checks_references() -> None:
    data = default_policy().model_dump(mode="json")
    data["categories"]["billing"]["queue"] = "nowhere"
    with pytest.raises(
        ValidationError, match=r"categories\.billing\.queue: unknown queue 'nowhere'"
    ):
        Policy.model_validate(data)


# --- per-property overrides ----------------------------------------------------------------


def test_property_override_changes_quiet_hours_for_that_property_only() -> None:
    policy = parse_policy(
        with_properties('  oak-terrace:\n    quiet_hours: {start: "20:00", end: "09:00"}\n')
    )
    oak = policy.for_property("oak-terrace")
    assert (oak.quiet_hours.start, oak.quiet_hours.end) == (time(20), time(9))
    assert oak.contact_caps == policy.contact_caps
    assert policy.quiet_hours.start == time(21)
    assert policy.for_property("elm-court") is policy
    assert policy.for_property(None) is policy


def test_property_override_can_open_one_weekday() -> None:
    policy = parse_policy(
        with_properties('  oak:\n    office_hours: {sunday: {open: "12:00", close: "16:00"}}\n')
    )
    sunday_noon = datetime(2026, 3, 1, 13, 0)
    assert not policy.is_open(sunday_noon)
    assert policy.for_property("oak").is_open(sunday_noon)
    assert policy.for_property("oak").office_hours.monday == policy.office_hours.monday


def test_property_override_problems_are_reported_under_the_property() -> None:
    text = with_properties(
        "  oak:\n"
        "    call_routes:\n"
        "      - {name: x, when: {}, outcome: live_queue, queue: nowhere}\n"
        "    holidays: {subdivision: QQ}\n"
    )
    error = refusal(text)
    route = issue_at(error, "properties.oak.call_routes[0].queue")
    assert route.message == "unknown queue 'nowhere'"
    assert route.line == line_containing(text, "queue: nowhere")
    assert "not a subdivision" in issue_at(error, "properties.oak.holidays.subdivision").message


# --- version hash --------------------------------------------------------------------------


def test_version_hash_is_stable_under_key_reordering() -> None:
    reordered = edited(
        (
            'quiet_hours: {start: "21:00", end: "08:00"}',
            'quiet_hours: {end: "08:00", start: "21:00"}',
        ),
        ("contact_caps: {per_day: 1, per_week: 3}", "contact_caps: {per_week: 3, per_day: 1}"),
    )
    assert parse_policy(reordered).version_hash == default_policy().version_hash
    assert len(default_policy().version_hash) == 64


def test_version_hash_changes_when_a_value_changes() -> None:
    changed = parse_policy(edited(("per_week: 3", "per_week: 4")))
    assert changed.version_hash != default_policy().version_hash


def test_an_updated_copy_gets_its_own_version_hash() -> None:
    original = default_policy()
    renamed = original.model_copy(update={"name": "Renamed"})
    assert renamed.version_hash != original.version_hash


# --- rendering ------------------------------------------------------------------------------


def test_render_fills_placeholders() -> None:
    text = default_policy().render("reminder.friendly", "en", VARIABLES)
    assert text.startswith("Hi Ana, a friendly reminder from Oak Terrace")
    assert "$1,250.00" in text and "March 1" in text
    assert "{" not in text


def test_render_in_spanish() -> None:
    text = default_policy().render("reminder.friendly", "es", VARIABLES)
    assert text.startswith("Hola, Ana.")
    assert "su saldo de $1,250.00 venció el March 1" in text


def test_render_falls_back_to_first_language_only_for_unoffered_languages() -> None:
    policy = default_policy()
    assert policy.render("ack.general", "fr", VARIABLES) == policy.render(
        "ack.general", "en", VARIABLES
    )


def test_render_refuses_an_unknown_template() -> None:
    with pytest.raises(TemplateError) as caught:
        default_policy().render("reminder.improvised", "en", VARIABLES)
    assert caught.value.template == "reminder.improvised"
    assert "unknown template" in str(caught.value)


def test_render_refuses_a_missing_placeholder() -> None:
    with pytest.raises(KeyError) as caught:
        default_policy().render("reminder.friendly", "en", {"first_name": "Ana"})
    error = caught.value
    assert isinstance(error, TemplateError)
    assert error.template == "reminder.friendly"
    assert error.placeholder in {"property_name", "balance", "due_date"}


# --- office hours and quiet hours -----------------------------------------------------------


def test_office_is_open_during_weekday_hours_only() -> None:
    policy = default_policy()
    assert policy.is_open(datetime(2026, 3, 3, 9, 0))  # Tuesday at opening
    assert not policy.is_open(datetime(2026, 3, 3, 8, 59))
    assert not policy.is_open(datetime(2026, 3, 3, 18, 0))
    assert policy.is_open(datetime(2026, 3, 7, 16, 30))  # Saturday
    assert not policy.is_open(datetime(2026, 3, 8, 12, 0))  # Sunday
    assert policy.office_state(datetime(2026, 3, 3, 20, 0)) == "after_hours"


def test_office_is_closed_on_july_fourth() -> None:
    policy = default_policy()
    independence_day = datetime(2025, 7, 4, 11, 0)  # a Friday
    assert policy.is_holiday(independence_day.date())
    assert not policy.is_open(independence_day)
    assert policy.office_state(independence_day) == "holiday"
    assert policy.is_open(datetime(2025, 7, 3, 11, 0))


def test_extra_dates_close_the_office_and_holidays_can_stay_open() -> None:
    extra = parse_policy(edited(("  extra_dates: []", "  extra_dates: [2026-03-03]")))
    assert not extra.is_open(datetime(2026, 3, 3, 10, 0))
    assert date(2026, 3, 3) in extra.holiday_calendar([2026])
    open_anyway = parse_policy(edited(("closed_on_holidays: true", "closed_on_holidays: false")))
    assert open_anyway.is_open(datetime(2025, 7, 4, 11, 0))


def test_quiet_hours_wrap_midnight() -> None:
    quiet = default_policy().quiet_hours
    assert quiet.contains(time(21, 0))
    assert quiet.contains(time(2, 0))
    assert not quiet.contains(time(8, 0))
    assert not quiet.contains(time(12, 0))
