package rastro

import (
	"slices"
	"strings"
	"testing"
)

func TestParseLabel(t *testing.T) {
	for in, want := range map[string]Label{"minor": LabelMinor, "graphic-violence": LabelGraphicViolence, " protected_witness ": LabelProtectedWitness} {
		if got, err := ParseLabel(in); err != nil || got != want {
			t.Errorf("ParseLabel(%q) = %q, %v", in, got, err)
		}
	}
	if _, err := ParseLabel("gory"); ErrorCode(err) != EINVALID || !strings.Contains(ErrorMessage(err), "graphic_violence") {
		t.Errorf("unknown label: %v", err)
	}
}

func TestEvidenceItemValidate(t *testing.T) {
	ok := EvidenceItem{SHA256: strings.Repeat("a", 64), Size: 1, OriginalName: "a.jpg", MediaType: "image/jpeg"}
	if err := ok.Validate(); err != nil {
		t.Fatal(err)
	}
	for name, change := range map[string]func(*EvidenceItem){
		"sha":      func(e *EvidenceItem) { e.SHA256 = strings.Repeat("A", 64) },
		"size":     func(e *EvidenceItem) { e.Size = -1 },
		"name":     func(e *EvidenceItem) { e.OriginalName = "" },
		"type":     func(e *EvidenceItem) { e.MediaType = "" },
		"label":    func(e *EvidenceItem) { e.Labels = []Label{"secret"} },
		"negative": func(e *EvidenceItem) { e.ActID = -2 },
	} {
		e := ok
		change(&e)
		if err := e.Validate(); ErrorCode(err) != EINVALID {
			t.Errorf("%s: %v, want EINVALID", name, err)
		}
	}
	c := CustodyEntry{ItemID: 1, Action: CustodyViewed, Actor: "ana"}
	if err := c.ValidateFields(); err != nil {
		t.Fatal(err)
	}
	for _, bad := range []CustodyEntry{{ItemID: 1, Action: "erased", Actor: "ana"}, {ItemID: 1, Action: CustodyViewed}, {Action: CustodyViewed, Actor: "ana"}} {
		if err := bad.ValidateFields(); ErrorCode(err) != EINVALID {
			t.Errorf("%+v: %v, want EINVALID", bad, err)
		}
	}
}

func TestParseLabels(t *testing.T) {
	got, err := ParseLabels([]string{"minor, graphic-violence", "minor protected_witness"})
	want := []Label{LabelMinor, LabelGraphicViolence, LabelProtectedWitness}
	if err != nil || !slices.Equal(got, want) {
		t.Fatalf("ParseLabels = %v, %v; want %v", got, err, want)
	}
	if _, err := ParseLabels([]string{"minor,secret"}); ErrorCode(err) != EINVALID {
		t.Fatalf("unknown label: %v", err)
	}
}
