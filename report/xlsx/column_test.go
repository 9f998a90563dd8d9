package xlsx

import "testing"

func TestColumn(t *testing.T) {
	for j, want := range map[int]string{0: "A", 25: "Z", 26: "AA", 27: "AB", 51: "AZ", 52: "BA", 701: "ZZ", 702: "AAA"} {
		if got := column(j); got != want {
			t.Errorf("column(%d) = %s, want %s", j, got, want)
		}
	}
}
