package extract

import (
	"strings"
	"testing"
	"time"
)

func TestTruncation(t *testing.T) {
	pub := time.Date(2023, 1, 10, 0, 0, 0, 0, time.UTC)
	line := "Al menos 3 personas murieron en Juliaca el 9 de enero.\n"
	text := strings.Repeat(line, 100)
	for _, max := range []int{1, 7, len(line) - 1, len(line) + 5, 1000} {
		res := Extract(text, Options{Published: pub, MaxBytes: max})
		if !res.Truncated {
			t.Errorf("MaxBytes %d: not truncated", max)
		}
		for _, c := range res.Claims {
			if c.End > max || text[c.Start:c.End] != c.Text {
				t.Errorf("MaxBytes %d: claim %s at %d-%d", max, c.Kind, c.Start, c.End)
			}
		}
	}
	// A cut inside a multi-byte rune moves back to its start.
	res := Extract(strings.Repeat("ñ", 10), Options{MaxBytes: 3})
	if !res.Truncated || len(res.Claims) != 0 {
		t.Errorf("rune cut: %+v", res)
	}
	if res := Extract(text, Options{Published: pub}); res.Truncated || len(res.Claims) < 300 {
		t.Errorf("whole text: truncated %v, %d claims", res.Truncated, len(res.Claims))
	}
}
