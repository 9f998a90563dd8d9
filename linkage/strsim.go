package linkage

import (
	edlib "github.com/hbollon/go-edlib"
)

// Name comparison dominates a run's time (tens of millions of pairs), and
// folded names are nearly always ASCII: for those, Jaro-Winkler and the
// one-edit test below work on bytes without allocating; other strings go
// to edlib, which works on runes. Both give the same results on ASCII.

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// jaroWinkler returns the Jaro-Winkler similarity of a and b (matching
// window half the longer length less one, prefix bonus 0.1 for up to four
// characters), in float32 as edlib computes it.
func jaroWinkler(a, b string) float32 {
	const maxLen = 64
	if len(a) > maxLen || len(b) > maxLen || !isASCII(a) || !isASCII(b) {
		return edlib.JaroWinklerSimilarity(a, b)
	}
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	if a == b {
		return 1
	}
	window := max(len(a), len(b))/2 - 1
	var usedA, usedB [maxLen]bool
	matches := 0
	for i := 0; i < len(a); i++ {
		for j := max(0, i-window); j < min(len(b), i+window+1); j++ {
			if !usedB[j] && a[i] == b[j] {
				usedA[i], usedB[j] = true, true
				matches++
				break
			}
		}
	}
	if matches == 0 {
		return 0
	}
	var half float32
	j := 0
	for i := 0; i < len(a); i++ {
		if !usedA[i] {
			continue
		}
		for !usedB[j] {
			j++
		}
		if a[i] != b[j] {
			half++
		}
		j++
	}
	m := float32(matches)
	jaro := (m/float32(len(a)) + m/float32(len(b)) + (m-half/2)/m) / 3
	if jaro == 1 {
		return jaro
	}
	prefix := 0
	for prefix < min(len(a), len(b), 4) && a[prefix] == b[prefix] {
		prefix++
	}
	return jaro + 0.1*float32(prefix)*(1-jaro)
}

// oneEditApart reports whether the Levenshtein distance of a and b is at
// most one.
func oneEditApart(a, b string) bool {
	if !isASCII(a) || !isASCII(b) {
		if d := len(a) - len(b); d > 2 || d < -2 { // a folded letter may take two bytes
			return false
		}
		return edlib.LevenshteinDistance(a, b) <= 1
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return i >= len(a)-1 || a[i+1:] == b[i+1:] // one substitution at i
	}
	return a[i:] == b[i+1:] // one insertion at i
}
