package web

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/rastro-project/rastro/auth"
	"github.com/rastro-project/rastro/sqldb"
)

// TestBrowserEvidenceCustody: an investigator records a hand-over and
// relabels an item from its page in English, then, in Spanish, checks the
// locker and a bundle exported over the API through the list page's form.
func TestBrowserEvidenceCustody(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	base := f.ts.URL
	id := f.uploadOne("scene.txt", "what the witness saw", map[string]string{"incident_id": "1"})
	item := base + "/evidence/" + itoa(int(id))

	logIn(t, ctx, base, "investigator")
	err := chromedp.Do(ctx,
		chromedp.Navigate(item),
		chromedp.WaitVisible(chromedp.ID("custody-form")),
		chromedp.SetValue(chromedp.ID("custody-action"), "transferred"),
		chromedp.SendKeys(chromedp.ID("custody-note"), "handed to the prosecutor's office"),
		chromedp.Submit(chromedp.ID("custody-note")),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `document.querySelector("#custody") && document.querySelector("#custody").innerText.includes("prosecutor's office")`)
	if log := text(t, ctx, "#custody"); !strings.Contains(log, "transferred") || !strings.Contains(log, "investigator") {
		t.Errorf("custody log after the hand-over: %q", log)
	}
	err = chromedp.Do(ctx,
		chromedp.Click(chromedp.ID("add-graphic_violence")),
		chromedp.SendKeys(chromedp.ID("label-note"), "shows wounds"),
		chromedp.Submit(chromedp.ID("label-note")),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `!!document.querySelector("#remove-graphic_violence")`)
	if log := text(t, ctx, "#custody"); !strings.Contains(log, "annotated") || !strings.Contains(log, "shows wounds") {
		t.Errorf("custody log after relabelling: %q", log)
	}
	screenshot(t, ctx, "evidence-custody")

	// In Spanish: the locker's check, then a bundle's.
	resp := f.do(f.client(auth.RoleInvestigator), "POST", "/api/evidence/bundle", "application/json", `{"incident":1}`)
	zipped := readAll(t, resp)
	if resp.StatusCode != 200 {
		t.Fatalf("export: %s %s", resp.Status, zipped)
	}
	file := filepath.Join(t.TempDir(), "paquete.zip")
	if err := os.WriteFile(file, []byte(zipped), 0o600); err != nil {
		t.Fatal(err)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/lang/es?next=/evidence"),
		chromedp.WaitVisible(chromedp.ID("verify-link")),
		chromedp.Click(chromedp.ID("verify-link")),
		chromedp.WaitVisible(chromedp.ID("verify-result")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, "#verify-result"); !strings.Contains(got, "Ningún problema") {
		t.Errorf("locker check in Spanish: %q", got)
	}
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/evidence"),
		chromedp.WaitVisible(chromedp.ID("bundle-verify")),
		chromedp.SetUploadFiles(chromedp.CSS(`#bundle-verify input[type=file]`), []string{file}),
		chromedp.Submit(chromedp.CSS(`#bundle-verify input[type=file]`)),
	)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, ctx, `!!document.querySelector("#bundle-result")`)
	if got := text(t, ctx, "#bundle-result"); !strings.Contains(got, "íntegro") {
		t.Errorf("bundle check in Spanish: %q", got)
	}
	if got := text(t, ctx, "#bundle-scope"); got != "incident 1" {
		t.Errorf("bundle scope: %q", got)
	}
	screenshot(t, ctx, "bundle-verify-es")
}

// TestBrowserIncidentChain: from an incident's page, an analyst opens its
// chain of command, in English and then in Spanish.
func TestBrowserIncidentChain(t *testing.T) {
	ctx := browser(t)
	f := newFixture(t, sqldb.SQLite)
	base := f.ts.URL
	logIn(t, ctx, base, "analyst")
	err := chromedp.Do(ctx,
		chromedp.Navigate(base+"/incidents/5"),
		chromedp.WaitVisible(chromedp.ID("chain-link")),
		chromedp.Click(chromedp.ID("chain-link")),
		chromedp.WaitVisible(chromedp.ID("chain-graph")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if units := text(t, ctx, "#chain-units"); !strings.Contains(units, "Dirección de Operaciones Especiales") || !strings.Contains(units, "deployed") {
		t.Errorf("units in English: %q", units)
	}
	if who := text(t, ctx, "#chain-responsible"); !strings.Contains(who, "Ministro del Interior") {
		t.Errorf("command responsibility: %q", who)
	}
	screenshot(t, ctx, "incident-chain")
	err = chromedp.Do(ctx,
		chromedp.Navigate(base+"/lang/es?next=/incidents/5/chain"),
		chromedp.WaitVisible(chromedp.ID("chain-graph")),
	)
	if err != nil {
		t.Fatal(err)
	}
	if units := text(t, ctx, "#chain-units"); !strings.Contains(units, "desplegada") || strings.Contains(units, "deployed") {
		t.Errorf("units in Spanish: %q", units)
	}
	if h, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector("h1").innerText`)); h != "Cadena de mando" {
		t.Errorf("heading in Spanish: %q", h)
	}
}
