package intake

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDropComments(t *testing.T) {
	const article = "Police fired at the crowd near the airport, three witnesses said on Monday."
	page := `<html><body><div class="post"><p>` + article + `</p><p>The ministry has not answered.</p>
<div class="comments-section"><div class="comment"><p>Thank you for this careful report, it matters.</p></div>
<div class="comment"><p>` + article + `</p></div></div></div>
<div class="commentary-body"><p>An opinion paragraph that is the article's own.</p></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	text := article + "\n\nThe ministry has not answered.\n\nThank you for this careful report, it matters.\n\n" + article + "\n\nAn opinion paragraph that is the article's own."
	// The quoted paragraph stands outside the thread too, so neither copy
	// is the thread's alone (dedupeLines drops the second in the pipeline).
	want := article + "\n\nThe ministry has not answered.\n\n" + article + "\n\nAn opinion paragraph that is the article's own."
	if got := dropComments(text, m.threads, m.body); got != want {
		t.Errorf("dropComments = %q, want %q", got, want)
	}
}
