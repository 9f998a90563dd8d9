package evidence

import (
	"slices"
	"testing"

	"github.com/rastro-project/rastro"
)

func TestRelabel(t *testing.T) {
	g, m, w := rastro.LabelGraphicViolence, rastro.LabelMinor, rastro.LabelProtectedWitness
	got := Relabel([]rastro.Label{g, m}, []rastro.Label{w, g, w}, []rastro.Label{m})
	if want := []rastro.Label{g, w}; !slices.Equal(got, want) {
		t.Fatalf("Relabel = %v, want %v", got, want)
	}
	if got := Relabel([]rastro.Label{g}, nil, []rastro.Label{g}); got == nil || len(got) != 0 {
		t.Fatalf("removing the last label = %#v, want an empty list", got)
	}
}

func TestCheckManual(t *testing.T) {
	if err := CheckManual(rastro.CustodyTransferred, "handed to the prosecutor"); err != nil {
		t.Fatal(err)
	}
	if err := CheckManual(rastro.CustodyExported, "by hand"); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Fatalf("exported by hand: %v", err)
	}
	if err := CheckManual(rastro.CustodyViewed, ""); rastro.ErrorCode(err) != rastro.EINVALID {
		t.Fatalf("no note: %v", err)
	}
}
