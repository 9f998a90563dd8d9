package intake

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"syscall"
	"testing"
	"time"
)

// corpus generates n news pages in English and Spanish: a menu, a sidebar
// of other stories, share buttons, a comment form and an article of six to
// twelve paragraphs built from sentence templates with varying figures,
// places and dates.
func corpus(n int) [][]byte {
	r := rand.New(rand.NewPCG(1, 2))
	places := []string{"Juliaca", "Puno", "Ayacucho", "Andahuaylas", "Chincheros", "Lima", "Cusco", "Arequipa", "Ilave", "Macusani"}
	en := []string{
		"At least %d people were killed in %s on January %d, according to the Ombudsman's Office.",
		"Police fired tear gas at some %d demonstrators who gathered in %s on Thursday.",
		"“We demand justice for our sons,” said a relative of one of the victims, who asked not to be named.",
		"The death toll from the unrest rose to %d, the Health Ministry said on Monday.",
		"Doctors in %s said %d of the wounded had bullet wounds to the chest and head.",
		"Human Rights Watch said the use of lethal force against protesters was unjustified in most cases.",
		"Two agents of the Directorate of Special Operations reported firing %d rounds of 7.62 ammunition in %s.",
		"The protests began in December after the removal of the former president and have spread to %s.",
	}
	es := []string{
		"Al menos %d personas murieron en %s el %d de enero, informó la Defensoría del Pueblo.",
		"La policía lanzó bombas lacrimógenas contra unos %d manifestantes en %s el jueves.",
		"“Exigimos justicia para nuestros hijos”, dijo la madre de uno de los fallecidos.",
		"La cifra de fallecidos por las protestas asciende a %d, según el Ministerio de Salud.",
		"Los médicos de %s indicaron que %d heridos presentaban impactos de bala en el tórax.",
		"La CIDH advirtió que el uso de la fuerza letal contra los manifestantes fue desproporcionado.",
		"Dos agentes de la DIROES efectuaron %d disparos con fusiles AKM en %s, según el informe.",
		"Las protestas comenzaron en diciembre y se extendieron a %s tras la vacancia presidencial.",
	}
	fill := func(tpl string) string {
		var args []any
		for _, verb := range strings.Split(tpl, "%")[1:] {
			if strings.HasPrefix(verb, "s") {
				args = append(args, places[r.IntN(len(places))])
			} else {
				args = append(args, 1+r.IntN(60))
			}
		}
		return fmt.Sprintf(tpl, args...)
	}
	pages := make([][]byte, n)
	for i := range pages {
		tpls := en
		lang := "en"
		if i%2 == 1 {
			tpls, lang = es, "es"
		}
		var b bytes.Buffer
		fmt.Fprintf(&b, `<!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>Story %d - Diario</title>`, lang, i)
		fmt.Fprintf(&b, `<meta property="article:published_time" content="2023-01-%02dT10:00:00-05:00"><meta property="og:site_name" content="Diario"></head><body>`, 10+i%18)
		b.WriteString(`<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/politics">Politics</a></li></ul></nav>`)
		fmt.Fprintf(&b, `<article><h1>Story %d about the protests in %s</h1><div class="share"><a>Facebook</a> <a>Twitter</a></div><div class="content">`, i, places[i%len(places)])
		for p := 0; p < 6+r.IntN(7); p++ {
			fmt.Fprintf(&b, "<p>%s %s</p>\n", fill(tpls[r.IntN(len(tpls))]), fill(tpls[r.IntN(len(tpls))]))
		}
		b.WriteString(`</div></article><aside><h4>Recent Articles</h4>`)
		for k := 0; k < 5; k++ {
			fmt.Fprintf(&b, `<div><a href="/story-%d">Other story number %d about something else entirely</a></div>`, r.IntN(10000), k)
		}
		b.WriteString(`</aside><div id="comments"><h3>Leave A Reply</h3><form><textarea></textarea><div>Please enter your comment!</div></form></div>`)
		b.WriteString(`<footer>© 2023 Diario. All rights reserved.</footer></body></html>`)
		pages[i] = b.Bytes()
	}
	return pages
}

// BenchmarkIntakeCorpus compares intake with go-trafilatura alone, as
// BenchmarkIntakeFolder does, on a 1,000-page generated corpus whose pages
// all carry their date in meta tags:
//
//	go test -run '^$' -bench IntakeCorpus -benchtime 2x ./intake
func BenchmarkIntakeCorpus(b *testing.B) {
	compareWithTrafilatura(b, corpus(1000))
}

// cpuTime is the CPU time the process has used so far (user and system,
// all threads, so the garbage collector's work counts).
func cpuTime() time.Duration {
	var ru syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkIntakeFolder compares, on the pages of the main-text corpus read
// once into memory (start-up and file reading excluded), the CPU time per
// page of intake — cleaning alone, and cleaning with claim extraction, as
// `rastro ingest folder/` does before storing — with go-trafilatura alone
// on the same bytes:
//
//	go test -run '^$' -bench IntakeFolder -benchtime 20x ./intake
func BenchmarkIntakeFolder(b *testing.B) {
	var pages [][]byte
	for _, dir := range []string{"tuning", "tuning2", "tuning3"} { // never a blind part
		for _, p := range loadMainText(b, dir) {
			pages = append(pages, p.html)
		}
	}
	compareWithTrafilatura(b, pages)
}

// compareWithTrafilatura reports the CPU time per page of go-trafilatura
// alone, of intake's cleaning and of cleaning with claim extraction, and
// the ratios, on pages held in memory.
func compareWithTrafilatura(b *testing.B, pages [][]byte) {
	var traf, clean, whole time.Duration
	claims := 0
	for b.Loop() {
		t0 := cpuTime()
		for _, p := range pages {
			trafilaturaAlone(p)
		}
		t1 := cpuTime()
		for _, p := range pages {
			if _, err := Clean(context.Background(), p, Meta{Name: "page.html"}); err != nil {
				b.Fatal(err)
			}
		}
		t2 := cpuTime()
		for _, p := range pages {
			doc, err := Clean(context.Background(), p, Meta{Name: "page.html"})
			if err != nil {
				b.Fatal(err)
			}
			claims += len(doc.Extract().Claims)
		}
		t3 := cpuTime()
		traf, clean, whole = traf+t1-t0, clean+t2-t1, whole+t3-t2
	}
	n := float64(b.N * len(pages))
	b.ReportMetric(float64(traf.Microseconds())/n, "trafilatura-µs/page")
	b.ReportMetric(float64(clean.Microseconds())/n, "clean-µs/page")
	b.ReportMetric(float64(whole.Microseconds())/n, "intake-µs/page")
	b.ReportMetric(clean.Seconds()/traf.Seconds(), "clean/trafilatura")
	b.ReportMetric(whole.Seconds()/traf.Seconds(), "intake/trafilatura")
	b.ReportMetric(float64(claims)/n, "claims/page")
	b.ReportMetric(float64(len(pages)), "pages")
}

// BenchmarkIntakeFixture compares intake with go-trafilatura alone on the
// real published article of the fixtures (../shared), as
// BenchmarkIntakeFolder does:
//
//	go test -run '^$' -bench IntakeFixture -benchtime 40x ./intake
func BenchmarkIntakeFixture(b *testing.B) {
	compareWithTrafilatura(b, [][]byte{readFixture(b, "blazetrends-amnesty-peru.html")})
}
