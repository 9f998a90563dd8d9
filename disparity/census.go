package disparity

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"sync"
)

// The 2017 census's ethnic self-identification of the people aged 12 and
// over, by province and department (INEI, question 25; see
// data/LICENSE.census2017.txt for its provenance and terms).
//
//go:embed data/census2017_ethnicity.csv
var censusCSV []byte

//go:embed data/LICENSE.census2017.txt
var censusLicense string

// CensusLicense is the provenance and licence text of the census figures.
func CensusLicense() string { return censusLicense }

// Area is a province or department as the census counts it. Population is
// the number of people aged 12 and over who answered the ethnicity question
// (the census table gives no all-ages count); Indigenous those who
// identified as Quechua, Aymara, Amazonian indigenous or another indigenous
// people.
type Area struct {
	Ubigeo     string  `json:"ubigeo"`
	Level      string  `json:"level"` // "province" or "department"
	Name       string  `json:"name"`
	Population int     `json:"population_12plus"`
	Indigenous int     `json:"indigenous_12plus"`
	Share      float64 `json:"indigenous_share"`
}

var (
	censusOnce  sync.Once
	censusAreas map[string]*Area
	censusErr   error
)

// Census returns the census areas by UBIGEO code ("DDPP00" provinces,
// "DD0000" departments). The embedded table is checked by the tests, so an
// error here means a broken build.
func Census() (map[string]*Area, error) {
	censusOnce.Do(func() { censusAreas, censusErr = parseCensus(bytes.NewReader(censusCSV), "census2017_ethnicity.csv") })
	return censusAreas, censusErr
}

// parseCensus reads the census table; errors name the file, line and column.
func parseCensus(r io.Reader, name string) (map[string]*Area, error) {
	cr := csv.NewReader(r)
	header, err := cr.Read()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	col := map[string]int{}
	for i, h := range header {
		col[h] = i
	}
	need := []string{"level", "ubigeo", "name", "respondents_12plus", "quechua", "aymara", "amazonian_indigenous", "other_indigenous"}
	for _, c := range need {
		if _, ok := col[c]; !ok {
			return nil, fmt.Errorf("%s:1: missing column %q", name, c)
		}
	}
	out := map[string]*Area{}
	for line := 2; ; line++ {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		a := &Area{Ubigeo: rec[col["ubigeo"]], Level: rec[col["level"]], Name: rec[col["name"]]}
		if len(a.Ubigeo) != 6 || (a.Level != "province" && a.Level != "department") {
			return nil, fmt.Errorf("%s:%d: level %q ubigeo %q: want a province or department with a six-digit code", name, line, a.Level, a.Ubigeo)
		}
		if _, dup := out[a.Ubigeo]; dup {
			return nil, fmt.Errorf("%s:%d: ubigeo %s appears twice", name, line, a.Ubigeo)
		}
		num := func(c string) (int, error) {
			v, err := strconv.Atoi(rec[col[c]])
			if err != nil || v < 0 {
				return 0, fmt.Errorf("%s:%d: column %s: %q is not a count", name, line, c, rec[col[c]])
			}
			return v, nil
		}
		if a.Population, err = num("respondents_12plus"); err != nil {
			return nil, err
		}
		for _, c := range need[4:] {
			v, err := num(c)
			if err != nil {
				return nil, err
			}
			a.Indigenous += v
		}
		if a.Population == 0 || a.Indigenous > a.Population {
			return nil, fmt.Errorf("%s:%d: %d indigenous of %d respondents", name, line, a.Indigenous, a.Population)
		}
		a.Share = float64(a.Indigenous) / float64(a.Population)
		out[a.Ubigeo] = a
	}
	return out, nil
}
