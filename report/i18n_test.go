package report

import "testing"

func TestCatalogueComplete(t *testing.T) {
	for _, cat := range []map[string]map[string]string{messages, enumLabels} {
		for _, a := range Languages {
			for key := range cat[a] {
				for _, b := range Languages {
					if _, ok := cat[b][key]; !ok {
						t.Errorf("%q is in %s but not in %s", key, a, b)
					}
				}
			}
		}
	}
}
