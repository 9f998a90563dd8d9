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
