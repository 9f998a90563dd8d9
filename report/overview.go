package report

// Overview is the part of the report the web app shows on its own pages:
// the headline figures, the map and the timeline of what the input's filter
// selects. The SVGs' links point at the report's act lists.
type Overview struct {
	Headline []Stat
	Reported int
	Map      string // "" without a basemap
	Timeline string
}

// NewOverview computes the overview in the language (en, es).
func NewOverview(in *Input, lang string) (*Overview, error) {
	tr, err := newTranslator(lang)
	if err != nil {
		return nil, err
	}
	s, err := in.scope()
	if err != nil {
		return nil, err
	}
	f := computeFigures(s, in, tr, newActLists())
	o := &Overview{Headline: f.Headline, Reported: f.Reported, Timeline: timelineSVG(f.Timeline, tr)}
	if len(in.Departments) > 0 {
		o.Map = mapSVG(in.Departments, f.Points, tr)
	}
	return o, nil
}
