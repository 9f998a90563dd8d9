package pdf_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/rastro-project/rastro/internal/tools"
	"github.com/rastro-project/rastro/report"
	"github.com/rastro-project/rastro/report/pdf"
	"github.com/rastro-project/rastro/report/reporttest"
)

func writeReport(t *testing.T) string {
	t.Helper()
	if _, err := pdf.Browser(); err != nil {
		t.Skip(err)
	}
	depts, err := reporttest.Departments()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := report.Render(&buf, &report.Input{Data: reporttest.Sample(), Departments: depts}, report.Options{Lang: "es"}); err != nil {
		t.Fatal(err)
	}
	name := filepath.Join(t.TempDir(), "report.html")
	if err := os.WriteFile(name, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return name
}

func TestPrint(t *testing.T) {
	name := writeReport(t)
	out, err := pdf.Print(context.Background(), name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(out, []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", out[:min(len(out), 16)])
	}
	pdftotext, err := tools.Find("pdftotext")
	if err != nil {
		t.Skipf("the PDF is printed but its text is not checked: %v", err)
	}
	file := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(file, out, 0o644); err != nil {
		t.Fatal(err)
	}
	text, err := exec.Command(pdftotext, file, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"DATOS SINTÉTICOS", "Cifras principales", "Juliaca airport"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
}

func TestScreenshot(t *testing.T) {
	name := writeReport(t)
	png, err := pdf.Screenshot(context.Background(), name, 1200)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG")) || len(png) < 10000 {
		t.Fatalf("not a screenshot: %d bytes", len(png))
	}
	if dir := os.Getenv("RASTRO_SCREENSHOT_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, "report.png"), png, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
