package rastro

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tags are an investigation's own words for grouping records ("juliaca",
// "needs-autopsy", "press-conference"): lower case, without commas or
// quotes, at most MaxTagLen characters, sorted and each once, so that the
// same set always reads and stores the same way.
type Tags []string

// MaxTagLen bounds a tag's length, in characters.
const MaxTagLen = 40

// ParseTags reads tags separated by commas ("Juliaca, needs autopsy").
func ParseTags(s string) (Tags, error) {
	return NormalizeTags(strings.Split(s, ","))
}

// NormalizeTags trims, lower-cases, sorts and de-duplicates tags, drops
// empty ones and refuses one that is too long or holds a quote or a control
// character, naming it. No tags is nil.
func NormalizeTags(in []string) (Tags, error) {
	seen := map[string]bool{}
	var out Tags
	for _, t := range in {
		t = strings.Join(strings.Fields(strings.ToLower(t)), " ")
		if t == "" || seen[t] {
			continue
		}
		if utf8.RuneCountInString(t) > MaxTagLen {
			return nil, Errorf(EINVALID, "tag %q is longer than %d characters", t, MaxTagLen)
		}
		if strings.ContainsAny(t, `,"'\`) || strings.IndexFunc(t, unicode.IsControl) >= 0 {
			return nil, Errorf(EINVALID, "tag %q: a tag cannot hold commas, quotes or control characters", t)
		}
		seen[t] = true
		out = append(out, t)
	}
	sort.Strings(out)
	return out, nil
}

// normalizeTags is what Validate runs on a record's tags.
func normalizeTags(ts *Tags) error {
	n, err := NormalizeTags(*ts)
	if err != nil {
		return err
	}
	*ts = n
	return nil
}
