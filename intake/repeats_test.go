package intake

import "testing"

func TestDropRepeated(t *testing.T) {
	body := "Those folders have grown thicker since. The families have been summoned to give the same statement three, four, sometimes five times, each time before a different prosecutor."
	quote := "The families have been summoned to give the same statement three, four, sometimes five times."
	for _, tc := range []struct{ name, text, want string }{
		{"a pull quote after its paragraph goes", body + "\n\n" + quote + "\n\nNext.", body + "\n\nNext."},
		{"and before it", quote + "\n\n" + body, body},
		{"a short line inside a paragraph stays", "Sometimes five times.\n\n" + body, "Sometimes five times.\n\n" + body},
		{"words across two paragraphs are no copy", "one two three four\n\nfive six seven eight\n\none two three four five six seven eight", "one two three four\n\nfive six seven eight\n\none two three four five six seven eight"},
		{"a word cut short is no match", "give the same statement three four sometimes fives\n\n" + body, "give the same statement three four sometimes fives\n\n" + body},
		{"of two equal paragraphs neither is a copy here", quote + "\n\n" + quote, quote + "\n\n" + quote},
		{"a credit under every photo goes", "One.\n\nAna Ticona/Diario\n\nTwo.\n\nAna Ticona/Diario\n\nThree.\n\nAna Ticona / DIARIO", "One.\n\nTwo.\n\nThree."},
		{"a short line twice stays", "Sí.\n\nOne.\n\nSí.", "Sí.\n\nOne.\n\nSí."},
		{"a speaker's label stays", "ROSA CCALLO:\n\nOne.\n\nROSA CCALLO:\n\nTwo.\n\nROSA CCALLO:\n\nThree.", "ROSA CCALLO:\n\nOne.\n\nROSA CCALLO:\n\nTwo.\n\nROSA CCALLO:\n\nThree."},
	} {
		if got := dropRepeated(tc.text); got != tc.want {
			t.Errorf("%s: dropRepeated = %q, want %q", tc.name, got, tc.want)
		}
	}
}
