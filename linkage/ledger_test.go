package linkage

import (
	"testing"
	"time"

	"github.com/rastro-project/rastro"
)

func TestLedgerMergeAndUndo(t *testing.T) {
	a, b, c, d := Ref{"news", "1"}, Ref{"ngo", "7"}, Ref{"ombudsman", "x"}, Ref{"news", "2"}
	l, err := NewLedger([]Ref{a, b, c, d})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	m1, err := l.Merge(a, b, 20, "automatic", "linkage", now)
	if err != nil {
		t.Fatal(err)
	}
	m2, err := l.Merge(b, c, 0, "same ID card in both reports", "reviewer", now)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := l.Merge(a, c, 0, "", "reviewer", now); rastro.ErrorCode(err) != rastro.ECONFLICT {
		t.Fatalf("merging records of one person: %v, want conflict", err)
	}
	if _, err := l.Merge(a, Ref{"news", "99"}, 0, "", "reviewer", now); rastro.ErrorCode(err) != rastro.ENOTFOUND {
		t.Fatalf("merging an unknown record: %v, want not found", err)
	}
	if p := l.Persons(); len(p) != 2 || len(p[0]) != 3 {
		t.Fatalf("persons %v, want {news:1 ngo:7 ombudsman:x} and {news:2}", p)
	}
	if err := l.Undo(m2, "reviewer", now); err != nil {
		t.Fatal(err)
	}
	if p := l.Persons(); len(p) != 3 || len(p[0]) != 2 || p[0][0] != a || p[0][1] != b {
		t.Fatalf("after undo persons %v", p)
	}
	if err := l.Undo(m2, "reviewer", now); rastro.ErrorCode(err) != rastro.ECONFLICT {
		t.Fatalf("undoing twice: %v, want conflict", err)
	}
	if err := l.Undo(42, "reviewer", now); rastro.ErrorCode(err) != rastro.ENOTFOUND {
		t.Fatalf("undoing an unknown merge: %v, want not found", err)
	}
	// The history keeps both merges, the undone one marked.
	h := l.History()
	if len(h) != 2 || !h[0].Active() || h[1].Active() || h[1].UndoneBy != "reviewer" || h[0].ID != m1 {
		t.Fatalf("history %+v", h)
	}
	// A merge undone can be made again.
	if _, err := l.Merge(b, c, 0, "again", "reviewer", now); err != nil {
		t.Fatal(err)
	}
	if p := l.Persons(); len(p) != 2 {
		t.Fatalf("after merging again persons %v", p)
	}
	if _, err := NewLedger([]Ref{a, a}); err == nil {
		t.Fatal("duplicate references accepted")
	}
}
