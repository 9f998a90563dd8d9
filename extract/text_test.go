package extract

import "testing"

func TestWordWithin(t *testing.T) {
	s := tokenize("la cifra de muertos subió a 18", 0, len("la cifra de muertos subió a 18"))
	n := len(s) - 1 // the number
	if s[n].Kind != tokNumber {
		t.Fatalf("last token %q is not the number", s[n].Text)
	}
	if !wordWithin(s, n, 5, "cifra") {
		t.Error(`"cifra" five tokens before the number: not found`)
	}
	if wordWithin(s, n, 4, "cifra") {
		t.Error(`"cifra" found within four tokens; it is five away`)
	}
	if wordWithin(s, 0, 8, "la") {
		t.Error("found a word before the first token")
	}
}
