package web

import (
	"fmt"

	"github.com/rastro-project/rastro/labels"
)

// L names an enumeration value of kind ("munition", "status"…) in the
// page's language, from package labels, the catalogue the report uses too.
func (v view) L(kind string, value any) string { return labels.Of(v.Lang, kind, fmt.Sprint(value)) }

// Rows counts n rows of table ("6 actos") in the page's language.
func (v view) Rows(n int, table string) string { return labels.Count(v.Lang, n, table) }
