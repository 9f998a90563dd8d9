// Package idset holds sets of record IDs compactly: IDs added in ascending
// order (as bundles list them) take 8 bytes each.
package idset

import "slices"

// Set is a set of IDs; the zero value is empty and ready to use, and a nil
// *Set holds nothing.
type Set struct {
	asc  []int64            // IDs added in ascending order
	rest map[int64]struct{} // the others
}

// Has reports whether id is in s.
func (s *Set) Has(id int64) bool {
	if s == nil {
		return false
	}
	if _, ok := slices.BinarySearch(s.asc, id); ok {
		return true
	}
	_, ok := s.rest[id]
	return ok
}

// Add adds id, reporting false when it was there already.
func (s *Set) Add(id int64) bool {
	if n := len(s.asc); n == 0 || id > s.asc[n-1] {
		// Every ID in rest is below the last of asc when it is added.
		s.asc = append(s.asc, id)
		return true
	}
	if s.Has(id) {
		return false
	}
	if s.rest == nil {
		s.rest = map[int64]struct{}{}
	}
	s.rest[id] = struct{}{}
	return true
}
