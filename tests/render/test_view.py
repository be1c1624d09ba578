"""The view every format prints: brackets, --only agreed, notes, resolved references."""

from __future__ import annotations

from dataclasses import replace

from drafter.render.positions import positions_view
from drafter.render.view import RenderOptions, document_view


def test_numbers_come_from_the_model(small) -> None:
    view = document_view(small, RenderOptions())
    assert [(c.number, c.heading) for c in view.walk()] == [
        ("1", "1. Truce"), ("1(a)", "(a) Scope"), ("1(b)", "(b)"), ("1(b)(i)", "(i) Orders"),
        ("2", "2. Border"), ("2(a)", "(a) Talks"), ("3", "3. Prisoners"), ("4", "4. Old point"),
        ("A.1", "A.1. Line"),
    ]


def test_cross_references_print_current_numbers_and_keep_their_target(small) -> None:
    truce = document_view(small, RenderOptions()).clauses[0]
    assert truce.paragraphs[0].text.endswith("keep to the line in point\u00a0A.1.")
    assert [s.ref for s in truce.paragraphs[0].segments if s.ref] == ["annex-line"]


def test_bracketed_text_is_in_square_brackets_down_to_sub_clauses(small) -> None:
    border = document_view(small, RenderOptions()).clauses[1]
    assert border.paragraphs[0].text == "[The line is not a border.]"
    assert border.clauses[0].paragraphs[0].text == "[Talks open within 30 days.]"
    assert border.alternatives[0].label == "Alt 1 (Betaland)"
    assert border.alternatives[0].paragraphs[0].text == "[The line becomes the border.]"


def test_status_shows_where_it_tells_the_reader_something(small) -> None:
    view = document_view(small, RenderOptions())
    shown = {c.number: c.status for c in view.walk() if c.status_shown}
    # a draft's points are proposed unless marked; below a point, what differs from it
    assert shown == {"2": "bracketed", "2(a)": "proposed", "3": "agreed", "4": "withdrawn"}
    agreed = replace(small, status="agreed")
    assert {c.number for c in document_view(agreed, RenderOptions()).walk() if c.status_shown} == {
        "1", "2", "2(a)", "4", "A.1"}


def test_a_clean_copy_shows_no_status_and_no_notes(small) -> None:
    view = document_view(small, RenderOptions(clean=True, with_notes=True))
    assert not any(c.status_shown or c.notes for c in view.walk()) and view.notes == () and view.clean


def test_withdrawn_clauses_keep_their_number_but_not_their_text(small) -> None:
    old = document_view(small, RenderOptions()).clauses[3]
    assert (old.heading, old.paragraphs) == ("4. Old point", ())


def test_only_agreed_keeps_the_agreed_text_alone_with_its_numbers(small) -> None:
    view = document_view(small, RenderOptions(only="agreed"))
    assert [c.heading for c in view.walk()] == ["3. Prisoners"]
    assert view.clauses[0].paragraphs[0].text == "All prisoners are exchanged."
    assert not any(c.status_shown or c.alternatives for c in view.walk())


def test_notes_only_with_notes_and_numbered_in_document_order(small) -> None:
    assert document_view(small, RenderOptions()).notes == ()
    view = document_view(small, RenderOptions(with_notes=True))
    assert [(n.number, n.text) for n in view.notes] == [(1, "Keep short."), (2, "Tabled on 1 November.")]
    assert view.clauses[1].alternatives[0].note == view.notes[1]


def test_positions_matrix_has_a_cell_per_party(small) -> None:
    view = positions_view(small, RenderOptions(with_notes=True))
    assert [p for p, _ in view.parties] == ["AA", "BB"]
    assert [(r.number, [c.stance for c in r.cells]) for r in view.rows] == [
        ("1", ["supports", "reserves"]), ("2", ["supports", "opposes"])]
    assert view.rows[0].cells[1].note == "Wants a later start."
