// Package pdf prints an HTML report to PDF with a headless Chromium
// (Debian's chromium package), and takes screenshots of it for checks.
package pdf

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/tools"
)

// Browser returns the path of a Chromium to print with: $RASTRO_CHROMIUM, or
// chromium / chromium-browser / google-chrome on the PATH. It returns an
// ENOTFOUND error when there is none.
func Browser() (string, error) {
	p, err := tools.Find("chromium")
	if err != nil {
		return "", rastro.Errorf(rastro.ENOTFOUND, "no Chromium to print PDF with: %v (or set RASTRO_CHROMIUM)", err)
	}
	return p, nil
}

// run opens the HTML file in a headless browser and runs f on its tab.
func run(ctx context.Context, htmlFile string, width, height int, f func(ctx context.Context) error) error {
	browser, err := Browser()
	if err != nil {
		return err
	}
	abs, err := filepath.Abs(htmlFile)
	if err != nil {
		return err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox, // running as root in containers and CI
		chromedp.Flag("disable-gpu", true),
		chromedp.WindowSize(width, height),
	)
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	actx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(actx)
	defer cancelBrowser()
	if err := chromedp.Do(bctx, chromedp.Navigate("file://"+abs)); err != nil {
		return fmt.Errorf("open report in chromium: %w", err)
	}
	return f(bctx)
}

// Print renders the HTML file to a PDF on A4 paper with its backgrounds.
func Print(ctx context.Context, htmlFile string) ([]byte, error) {
	var out []byte
	err := run(ctx, htmlFile, 1200, 900, func(ctx context.Context) error {
		yes := true
		res, err := chromedp.Call(ctx, page.PrintToPDF, page.PrintToPDFParams{
			PrintBackground:         &yes,
			PreferCSSPageSize:       &yes,
			GenerateDocumentOutline: &yes,
			PaperWidth:              8.27, // A4, in inches, for when the page sets no size
			PaperHeight:             11.69,
		})
		if err != nil {
			return fmt.Errorf("print to pdf: %w", err)
		}
		out = res.Data
		return nil
	})
	return out, err
}

// Screenshot returns a PNG of the whole page at the given window width.
func Screenshot(ctx context.Context, htmlFile string, width int) ([]byte, error) {
	var out []byte
	err := run(ctx, htmlFile, width, 900, func(ctx context.Context) error {
		b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
		out = b
		return err
	})
	return out, err
}
