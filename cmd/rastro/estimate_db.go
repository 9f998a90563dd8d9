package main

import (
	"context"
	"slices"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/mse"
	"github.com/rastro-project/rastro/mse/strata"
)

// dbStrata are the capture histories of the victims in the database
// (package mse/strata), with the flags checked first so that a bad value
// is named by its flag.
func dbStrata(ctx context.Context, m *Main, f estimateFlags) (*mse.Strata, error) {
	if !slices.Contains(strata.ListsBy, f.listsBy) {
		return nil, rastro.Errorf(rastro.EINVALID, "--lists-by %q: want %s", f.listsBy, strings.Join(strata.ListsBy, ", "))
	}
	if f.stratify != "" && !slices.Contains(strata.By, f.stratify) {
		return nil, rastro.Errorf(rastro.EINVALID, "--stratify %q: with --db-victims want %s", f.stratify, strings.Join(strata.By, ", "))
	}
	db, err := m.Store(ctx)
	if err != nil {
		return nil, err
	}
	return strata.Victims(ctx, db, strata.Options{ListsBy: f.listsBy, Stratify: f.stratify})
}
