package intake

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"testing"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
)

func TestZZProbe(t *testing.T) {
	b, _ := os.ReadFile(os.Getenv("P"))
	doc, _ := Clean(context.Background(), b, Meta{Name: "x.html"})
	fmt.Printf("%s\n%v\n---\n%s\n", doc.Method, doc.Warnings, doc.Source.Text)
	b, _ = decodeHTML(b)
	d, _ := html.Parse(bytes.NewReader(b))
	readMeta(d)
	res, _ := trafilatura.ExtractDocument(d, trafilatura.Options{EnableFallback: true, ExcludeComments: true, Deduplicate: true})
	var buf bytes.Buffer
	html.Render(&buf, res.ContentNode)
	fmt.Printf("---tree---\n%s\n", buf.String())
}
