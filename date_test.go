package rastro_test

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
)

func TestParseDate(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
		prec rastro.Precision
	}{
		{"2023-01-09", "2023-01-09", rastro.PrecisionDay},
		{"2022-12", "2022-12", rastro.PrecisionMonth},
		{"2022", "2022", rastro.PrecisionYear},
		{"", "", rastro.PrecisionNone},
		{"2024-02-29", "2024-02-29", rastro.PrecisionDay},
	} {
		d, err := rastro.ParseDate(tc.in)
		if err != nil {
			t.Fatalf("ParseDate(%q): %v", tc.in, err)
		}
		if d.String() != tc.want || d.Precision() != tc.prec {
			t.Errorf("ParseDate(%q) = %q (%s), want %q (%s)", tc.in, d, d.Precision(), tc.want, tc.prec)
		}
	}
	for _, bad := range []string{"2023-02-30", "2023-13", "2023-00-10", "23-01-01", "2023-1-9", "2023-01-09-01", "yesterday", "2023-01-xx", "2023-02-29"} {
		if _, err := rastro.ParseDate(bad); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("ParseDate(%q) err = %v, want EINVALID", bad, err)
		}
	}
}

func TestDateBounds(t *testing.T) {
	d := rastro.MustDate("2024-02")
	if got := d.Last(); got != time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC) {
		t.Errorf("Last of 2024-02 = %v", got)
	}
	if !d.Contains(time.Date(2024, 2, 10, 15, 0, 0, 0, time.UTC)) || d.Contains(time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC)) {
		t.Error("Contains of a month is wrong")
	}
	if got := rastro.MustDate("2022").Last(); got.Month() != 12 || got.Day() != 31 {
		t.Errorf("Last of 2022 = %v", got)
	}
}

func TestDateJSON(t *testing.T) {
	type rec struct {
		D rastro.Date `json:"d"`
	}
	b, err := json.Marshal(rec{rastro.MustDate("2023-01-09")})
	if err != nil || string(b) != `{"d":"2023-01-09"}` {
		t.Fatalf("marshal = %s, %v", b, err)
	}
	var r rec
	if err := json.Unmarshal([]byte(`{"d":"2023-02-30"}`), &r); err == nil {
		t.Fatal("unmarshal of 2023-02-30 succeeded")
	}
	if err := json.Unmarshal([]byte(`{"d":""}`), &r); err != nil || !r.D.IsZero() {
		t.Fatalf("empty date: %v %v", r.D, err)
	}
}

func TestDateRangeCovers(t *testing.T) {
	day := func(s string) time.Time { return rastro.MustDate(s).First() }
	exact := rastro.DateRange{Start: rastro.MustDate("2022-12-01"), StartExact: true, End: rastro.MustDate("2023-01-31"), EndExact: true}
	cited := rastro.DateRange{Start: rastro.MustDate("2022-12-01"), End: rastro.MustDate("2023-01-31")}
	open := rastro.DateRange{Start: rastro.MustDate("2022-06"), StartExact: true, Open: true}
	for _, tc := range []struct {
		name string
		r    rastro.DateRange
		day  string
		want rastro.Certainty
	}{
		{"inside exact", exact, "2023-01-09", rastro.Certain},
		{"before exact start", exact, "2022-11-30", rastro.Outside},
		{"after exact end", exact, "2023-02-01", rastro.Outside},
		{"inside cited", cited, "2023-01-09", rastro.Certain},
		{"before first cited", cited, "2022-11-30", rastro.Uncertain},
		{"after last cited", cited, "2023-03-01", rastro.Uncertain},
		{"open end", open, "2023-01-09", rastro.Certain},
		{"inside imprecise start month", open, "2022-06-15", rastro.Uncertain},
		{"before open start", open, "2022-05-31", rastro.Outside},
		{"unknown start", rastro.DateRange{End: rastro.MustDate("2023-02-01"), EndExact: true}, "2023-01-09", rastro.Uncertain},
	} {
		if got := tc.r.Covers(day(tc.day)); got != tc.want {
			t.Errorf("%s: Covers(%s) = %v, want %v", tc.name, tc.day, got, tc.want)
		}
	}
}

func TestDateRangeValidate(t *testing.T) {
	bad := []rastro.DateRange{
		{Start: rastro.MustDate("2023-02-01"), End: rastro.MustDate("2023-01-01")},
		{Start: rastro.MustDate("2023-02-01"), End: rastro.MustDate("2023-03-01"), Open: true},
	}
	for _, r := range bad {
		if err := r.Validate(); rastro.ErrorCode(err) != rastro.EINVALID {
			t.Errorf("Validate(%+v) = %v, want EINVALID", r, err)
		}
	}
	// A month-precision end that contains the start is fine.
	ok := rastro.DateRange{Start: rastro.MustDate("2023-01-15"), End: rastro.MustDate("2023-01")}
	if err := ok.Validate(); err != nil {
		t.Errorf("Validate(%+v) = %v", ok, err)
	}
}

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2023-01-09", "2022-12", "2022", "2023-02-30", "", "9999-99-99", "-001-01-01"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := rastro.ParseDate(s)
		if err != nil {
			return
		}
		// Whatever parses must print back to a string that parses to the same date.
		again, err := rastro.ParseDate(d.String())
		if err != nil || again != d {
			t.Fatalf("%q parsed to %v, which reparses to %v (%v)", s, d, again, err)
		}
	})
}

// The hand-written String must print what the fmt layout prints.
func TestDateStringLayout(t *testing.T) {
	for _, d := range []rastro.Date{{}, {Year: 7}, {Year: 2023}, {Year: 2023, Month: 1}, {Year: 2023, Month: 12, Day: 9},
		{Year: 999, Month: 2, Day: 28}, {Year: 9999, Month: 12, Day: 31}, {Year: 12345, Month: 1, Day: 1}, {Year: -44, Month: 3, Day: 15}} {
		var want string
		switch d.Precision() {
		case rastro.PrecisionYear:
			want = fmt.Sprintf("%04d", d.Year)
		case rastro.PrecisionMonth:
			want = fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
		case rastro.PrecisionDay:
			want = fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
		}
		if got := d.String(); got != want {
			t.Errorf("%#v.String() = %q, want %q", d, got, want)
		}
	}
}
