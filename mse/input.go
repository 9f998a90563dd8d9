package mse

import (
	"io"

	"github.com/rastro-project/rastro"
)

// Input is capture histories from outside the database, in one of the
// forms rastro estimate takes them: a CSV of histories (--csv), linked
// records (--persons), or counts in Rcapture's order (--counts, --lists).
// The command line and the web's estimate page both read them here.
type Input struct {
	CSV     io.Reader // capture histories, one 0/1 column per list
	Persons io.Reader // linked records, one row per record of a person on a list
	Counts  string    // comma-separated counts
	Lists   int       // how many lists the counts are over
	// Stratify names the column (CSV or persons) whose values are strata;
	// Ignore are CSV columns that are not lists (a person ID, a name).
	Stratify string
	Ignore   []string
	// PersonColumn and ListColumn name the persons file's columns
	// (default person and list).
	PersonColumn, ListColumn string
}

// Read reads the histories, refusing an input that gives none or more
// than one of the three forms, counts without their lists, and strata of
// counts.
func (in Input) Read() (*Strata, error) {
	given := 0
	for _, b := range []bool{in.CSV != nil, in.Persons != nil, in.Counts != ""} {
		if b {
			given++
		}
	}
	switch {
	case given == 0:
		return nil, rastro.Errorf(rastro.EINVALID, "no data: give capture histories (csv), linked records (persons) or counts and lists")
	case given > 1:
		return nil, rastro.Errorf(rastro.EINVALID, "give one of csv, persons or counts")
	case in.Counts != "" && in.Stratify != "":
		return nil, rastro.Errorf(rastro.EINVALID, "stratify needs csv or persons: counts have no columns")
	case in.Persons != nil:
		return ReadPersons(in.Persons, PersonsOptions{Person: in.PersonColumn, List: in.ListColumn, Stratify: in.Stratify})
	case in.CSV != nil:
		return ReadCSVStrata(in.CSV, CSVOptions{Stratify: in.Stratify, Ignore: in.Ignore})
	}
	if in.Lists == 0 {
		return nil, rastro.Errorf(rastro.EINVALID, "counts needs lists: the number of lists they are over")
	}
	h, err := ParseCounts(in.Lists, in.Counts)
	if err != nil {
		return nil, err
	}
	return &Strata{Names: []string{""}, By: map[string]*Histories{"": h}}, nil
}
