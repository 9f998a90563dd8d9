package web

import (
	"net/url"
	"strings"
	"testing"
)

// FuzzSafeNext checks that no "next" value sends a user off the site.
func FuzzSafeNext(f *testing.F) {
	for _, s := range []string{"", "/", "/incidents?q=a", "//evil.example/", "/\\evil.example", "https://evil.example/", "javascript:alert(1)", "/%2f%2fevil", " /x", "/ok#frag"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, next string) {
		got := safeNext(next)
		if !strings.HasPrefix(got, "/") || strings.HasPrefix(got, "//") || strings.HasPrefix(got, "/\\") {
			t.Fatalf("safeNext(%q) = %q", next, got)
		}
		u, err := url.Parse(got)
		if err != nil || u.Host != "" || u.Scheme != "" {
			t.Fatalf("safeNext(%q) = %q leaves the site", next, got)
		}
		// What a browser would resolve it to stays on this origin.
		base, _ := url.Parse("http://rastro.example/page")
		if r := base.ResolveReference(u); r.Host != "rastro.example" {
			t.Fatalf("safeNext(%q) = %q resolves to %s", next, got, r)
		}
	})
}
