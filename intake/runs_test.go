package intake

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestRestoreRuns(t *testing.T) {
	entry := func(tm, title, body string) string {
		return `<article class="block"><header><p class="time">` + tm + `</p><h2>` + title + `</h2></header><p>` + body +
			`</p><figure><img src="a.jpg"><figcaption>Police at the square.</figcaption></figure><footer><p>Updated at ` + tm + `</p></footer></article>`
	}
	bodies := []string{
		"We are closing this live blog now after a long day in the capital.",
		"The ombudsman asked the police to withdraw the shotgun units from the avenue.",
		"Congress will vote on Thursday morning after a session of seven hours.",
		"Our correspondent says the square is almost empty after the tear gas.",
		"The march was called by transport unions and student federations.",
	}
	page := `<html><body><div id="live">` + entry("19.52", "Summary", bodies[0]) + entry("19.20", "Ombudsman", bodies[1]) +
		entry("18.41", "Vote postponed", bodies[2]) + entry("17.55", "", bodies[3]) + entry("15.10", "Who is marching?", bodies[4]) +
		`</div><div class="cards"><div class="card"><p>Kept teaser paragraph number one.</p></div><div class="card"><p><a href="/a">A story linked from the card, with its whole headline</a></p></div>` +
		`<div class="card"><p>Kept teaser paragraph number two.</p></div></div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	text := strings.Join([]string{bodies[0], bodies[1], bodies[4], "Kept teaser paragraph number one.", "Kept teaser paragraph number two."}, "\n\n")
	want := strings.Join([]string{bodies[0], bodies[1], "18.41", "Vote postponed", bodies[2], "17.55", bodies[3], bodies[4],
		"Kept teaser paragraph number one.", "Kept teaser paragraph number two."}, "\n\n")
	if got := restoreRuns(text, m.body); got != want {
		t.Errorf("restoreRuns =\n%q\nwant\n%q", got, want)
	}
	// Kept blocks that are not consecutive in the text leave the gap alone.
	apart := strings.Join([]string{bodies[1], "Another paragraph between them.", bodies[4]}, "\n\n")
	if got := restoreRuns(apart, m.body); got != apart {
		t.Errorf("restoreRuns filled a gap that is not one: %q", got)
	}
}

func TestRestoreLines(t *testing.T) {
	// A header written as lines one <br> apart is no leading paragraph.
	header := `<html><body><div class="story">LOCAL NEWS<br>Dogs at the picket<br>By Ana Ruiz<br><br>Deputies used dogs.<br><br>Two were bitten.<br><br>The union complained.</div></body></html>`
	hdoc, err := html.Parse(strings.NewReader(header))
	if err != nil {
		t.Fatal(err)
	}
	kept := "Deputies used dogs.\n\nTwo were bitten.\n\nThe union complained."
	if got := restoreRuns(kept, readMeta(hdoc).body); got != kept {
		t.Errorf("restoreRuns put a header back: %q", got)
	}

	lines := []string{
		"Los diez nombres son estos, para que no se olviden:",
		"Sobre el proceso judicial hay poco que contar, y eso es lo que más duele.",
		"Al terminar la marcha entregamos un memorial al prefecto.",
		"Gracias a todos los que vinieron. Seguimos.",
	}
	page := `<html><body><div class="post-body">Este sábado volvimos a caminar.<br><br>` + lines[0] + `<br><br><ol><li>Rolando, 20 años</li><li>Efraín, 17 años</li></ol>` +
		lines[1] + `<br><br><b>` + lines[2] + `</b><br><br>` + lines[3] + `</div></body></html>`
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	m := readMeta(doc)
	// go-trafilatura lost the line after the list and put the list last.
	text := strings.Join([]string{"Este sábado volvimos a caminar.", lines[0], lines[2], lines[3], "Rolando, 20 años", "Efraín, 17 años"}, "\n\n")
	want := strings.Join([]string{"Este sábado volvimos a caminar.", lines[0], lines[1], lines[2], lines[3], "Rolando, 20 años", "Efraín, 17 años"}, "\n\n")
	if got := restoreRuns(text, m.body); got != want {
		t.Errorf("restoreRuns =\n%q\nwant\n%q", got, want)
	}
	// With the list kept in its place, the line after it goes back after
	// the list, and a line lost before the list goes back before it.
	text = strings.Join([]string{"Este sábado volvimos a caminar.", "Rolando, 20 años", "Efraín, 17 años", lines[2], lines[3]}, "\n\n")
	want = strings.Join([]string{"Este sábado volvimos a caminar.", lines[0], "Rolando, 20 años", "Efraín, 17 años", lines[1], lines[2], lines[3]}, "\n\n")
	if got := restoreRuns(text, m.body); got != want {
		t.Errorf("restoreRuns, list kept =\n%q\nwant\n%q", got, want)
	}
	// The leading line, before the first <br>, goes back before the first
	// line kept.
	text = strings.Join([]string{lines[0], lines[1], lines[2], lines[3]}, "\n\n")
	want = strings.Join([]string{"Este sábado volvimos a caminar.", lines[0], lines[1], lines[2], lines[3]}, "\n\n")
	if got := restoreRuns(text, m.body); got != want {
		t.Errorf("restoreRuns, lead lost =\n%q\nwant\n%q", got, want)
	}
	// A line after the last one kept has no kept line after it: it stays out.
	short := strings.Join([]string{"Este sábado volvimos a caminar.", lines[0]}, "\n\n")
	if got := restoreRuns(short, m.body); got != short {
		t.Errorf("restoreRuns added a line with no kept line after it: %q", got)
	}
}
