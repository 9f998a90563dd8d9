package web

import (
	"strings"
	"testing"
)

// TestSharedDisparityWords: every word the analyses page takes from the
// report's catalogue is there, in both languages.
func TestSharedDisparityWords(t *testing.T) {
	for _, k := range sharedDisparity {
		for _, lang := range []string{"en", "es"} {
			if s := translate(lang, k); s == "" || strings.HasPrefix(s, "[[") {
				t.Errorf("%s %s: %q", lang, k, s)
			}
		}
	}
}
