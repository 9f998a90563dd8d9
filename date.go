package rastro

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date is known.
type Precision string

const (
	PrecisionNone  Precision = ""
	PrecisionYear  Precision = "year"
	PrecisionMonth Precision = "month"
	PrecisionDay   Precision = "day"
)

// Date is a calendar date known to day, month or year precision, written as
// ISO 8601 with reduced precision: "2023-01-09", "2022-12" or "2022". The
// zero Date means unknown. Dates sort correctly as strings within a precision.
type Date struct {
	Year  int
	Month time.Month // 0 when only the year is known
	Day   int        // 0 when only the month is known
}

// DateOf returns the day-precision Date of t in t's location.
func DateOf(t time.Time) Date { return Date{t.Year(), t.Month(), t.Day()} }

// ParseDate parses "YYYY", "YYYY-MM" or "YYYY-MM-DD" and rejects dates that do
// not exist (2023-02-30). The empty string is the unknown date.
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	// Split at the dashes without allocating (databases hold many dates);
	// a third part with a dash in it is refused by Atoi below.
	var split [3]string
	np := 0
	for rest := s; ; {
		i := strings.IndexByte(rest, '-')
		if i < 0 || np == 2 {
			split[np] = rest
			np++
			break
		}
		split[np], rest = rest[:i], rest[i+1:]
		np++
	}
	parts := split[:np]
	if len(parts[0]) != 4 {
		return Date{}, Errorf(EINVALID, "invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
	}
	var n [3]int
	for i, p := range parts {
		v, err := strconv.Atoi(p)
		if err != nil || (i > 0 && len(p) != 2) {
			return Date{}, Errorf(EINVALID, "invalid date %q: want YYYY, YYYY-MM or YYYY-MM-DD", s)
		}
		n[i] = v
	}
	if n[0] < 1 || parts[0][0] == '+' {
		// Year 0 is how Date spells "unknown": refuse it rather than
		// silently read a date as unknown.
		return Date{}, Errorf(EINVALID, "invalid date %q: want a year from 0001 to 9999", s)
	}
	d := Date{Year: n[0], Month: time.Month(n[1]), Day: n[2]}
	if len(parts) >= 2 && (d.Month < 1 || d.Month > 12) {
		return Date{}, Errorf(EINVALID, "invalid date %q: no month %d", s, n[1])
	}
	if len(parts) == 3 {
		t := time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC)
		if d.Day < 1 || t.Day() != d.Day {
			return Date{}, Errorf(EINVALID, "invalid date %q: %s %d has no day %d", s, d.Month, d.Year, d.Day)
		}
	}
	return d, nil
}

// MustDate parses a literal date and panics on error; for fixtures and tests.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Year == 0 }

// Precision reports how much of the date is known.
func (d Date) Precision() Precision {
	switch {
	case d.Year == 0:
		return PrecisionNone
	case d.Month == 0:
		return PrecisionYear
	case d.Day == 0:
		return PrecisionMonth
	}
	return PrecisionDay
}

func (d Date) String() string {
	p := d.Precision()
	if p == PrecisionNone {
		return ""
	}
	if d.Year < 0 || d.Year > 9999 || d.Month < 0 || d.Month > 99 || d.Day < 0 || d.Day > 99 {
		switch p {
		case PrecisionYear:
			return fmt.Sprintf("%04d", d.Year)
		case PrecisionMonth:
			return fmt.Sprintf("%04d-%02d", d.Year, int(d.Month))
		}
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	// Reports print tens of thousands of dates: written by hand, not by fmt.
	var b [10]byte
	b[0], b[1], b[2], b[3] = '0'+byte(d.Year/1000), '0'+byte(d.Year/100%10), '0'+byte(d.Year/10%10), '0'+byte(d.Year%10)
	if p == PrecisionYear {
		return string(b[:4])
	}
	b[4], b[5], b[6] = '-', '0'+byte(int(d.Month)/10%10), '0'+byte(int(d.Month)%10)
	if p == PrecisionMonth {
		return string(b[:7])
	}
	b[7], b[8], b[9] = '-', '0'+byte(d.Day/10%10), '0'+byte(d.Day%10)
	return string(b[:])
}

// First returns the earliest day the date can denote.
func (d Date) First() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, m, day, 0, 0, 0, 0, time.UTC)
}

// Last returns the latest day the date can denote.
func (d Date) Last() time.Time {
	switch d.Precision() {
	case PrecisionYear:
		return time.Date(d.Year, 12, 31, 0, 0, 0, 0, time.UTC)
	case PrecisionMonth:
		return time.Date(d.Year, d.Month+1, 0, 0, 0, 0, 0, time.UTC)
	}
	return d.First()
}

// Contains reports whether day t (at any precision) may fall within d.
func (d Date) Contains(t time.Time) bool {
	if d.IsZero() {
		return false
	}
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	return !day.Before(d.First()) && !day.After(d.Last())
}

func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

func (d *Date) UnmarshalText(b []byte) error {
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// DateRange is a period of validity, as Security Force Monitor records them:
// a start and an end, either of which may be only the first or last date a
// source cites (not exact), and an open end for what still holds.
type DateRange struct {
	Start      Date `json:"start"`
	StartExact bool `json:"start_exact,omitempty"` // false: the first cited date; the true start may be earlier
	End        Date `json:"end"`
	EndExact   bool `json:"end_exact,omitempty"` // false: the last cited date; the true end may be later
	Open       bool `json:"open,omitempty"`      // no end: still in effect
}

// Validate rejects a range whose end precedes its start or that is both open
// and ended.
func (r DateRange) Validate() error {
	if r.Open && !r.End.IsZero() {
		return Errorf(EINVALID, "date range is open-ended but has an end date %s", r.End)
	}
	if !r.Start.IsZero() && !r.End.IsZero() && r.End.Last().Before(r.Start.First()) {
		return Errorf(EINVALID, "date range ends (%s) before it starts (%s)", r.End, r.Start)
	}
	return nil
}

// Certainty of a range covering a day.
type Certainty int

const (
	Outside   Certainty = iota // the range does not cover the day
	Uncertain                  // the range may cover the day: imprecise or uncited bounds
	Certain                    // the range's exact or cited bounds cover the day
)

// Covers tells whether the range covers day t and how certainly. A day beyond
// a cited but inexact bound, or an unknown bound, is Uncertain; a day inside
// imprecise dates (a month-precision start) is Uncertain too.
func (r DateRange) Covers(t time.Time) Certainty {
	day := time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
	c := Certain
	switch {
	case r.Start.IsZero():
		c = Uncertain
	case day.Before(r.Start.First()):
		if r.StartExact {
			return Outside
		}
		c = Uncertain
	case r.Start.Precision() != PrecisionDay && !day.After(r.Start.Last()):
		c = Uncertain
	}
	switch {
	case r.Open:
	case r.End.IsZero():
		c = Uncertain
	case day.After(r.End.Last()):
		if r.EndExact {
			return Outside
		}
		c = Uncertain
	case r.End.Precision() != PrecisionDay && !day.Before(r.End.First()):
		c = Uncertain
	}
	return c
}
