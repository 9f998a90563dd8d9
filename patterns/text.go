package patterns

import (
	"fmt"
	"io"
	"text/tabwriter"
)

// WriteText writes every figure with what it can and cannot show.
func (r *Report) WriteText(w io.Writer) error {
	fmt.Fprintln(w, "Patterns across incidents")
	level := "incident"
	if len(r.Signatures) > 0 {
		level = r.Signatures[0].Level
	}
	fmt.Fprintf(w, "\nSignature of force by %s (deaths and injuries):\n", level)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  KEY\tPLACE\tFIRST DAY\tINCIDENTS\tACTS\tLIVE\tPELLETS\tOTHER MEANS\tVITAL-REGION WOUNDS\tUNITS")
	names := make([]string, len(r.Signatures))
	for i, s := range r.Signatures {
		names[i] = fmt.Sprintf("%s %s", s.Place, s.Day)
		if level != "incident" {
			names[i] = s.Place
		}
		other := 0
		for k, n := range s.Munitions {
			if k != "live_ammunition" && k != "pellets" {
				other += n
			}
		}
		vital := s.Regions["head"] + s.Regions["neck"] + s.Regions["chest"] + s.Regions["abdomen"]
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\n", s.Key, s.Place, s.Day, len(s.Incidents), s.Acts,
			s.Munitions["live_ammunition"], s.Munitions["pellets"], other, vital, len(s.Units))
	}
	tw.Flush()
	fmt.Fprintln(w, "\nSimilarity of incidents (force: cosine of means, wounds and distances; units: Jaccard):")
	tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  A\tB\tFORCE\tUNITS")
	for _, p := range r.Similarity.Pairs {
		fmt.Fprintf(tw, "  %s\t%s\t%.2f\t%.2f\n", names[p.A], names[p.B], p.Force, p.Units)
	}
	tw.Flush()
	caveat(w, r.Similarity.CanShow, r.Similarity.CannotShow)

	fmt.Fprintln(w, "\nWounds:")
	for _, p := range []Proportion{r.VitalShare, r.VitalKilled} {
		writeProportion(w, p)
	}
	caveat(w, r.VitalShare.CanShow, r.VitalShare.CannotShow)

	fmt.Fprintln(w, "\nVictims:")
	for _, p := range r.Profile {
		writeProportion(w, p)
	}
	if len(r.Profile) > 0 {
		caveat(w, "", r.Profile[0].CannotShow)
	}
	if len(r.Poverty.Departments) > 0 {
		fmt.Fprintln(w, "\nPoverty of the victims' home districts against their department:")
		tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "  DEPARTMENT\tVICTIMS\tMEAN HOME-DISTRICT POVERTY\tDEPARTMENT POVERTY\tFROM POORER DISTRICTS")
		for _, d := range r.Poverty.Departments {
			fmt.Fprintf(tw, "  %s\t%d\t%.1f%%\t%.1f%%\t%d\n", d.Name, d.Victims, d.MeanDistrict, d.DepartmentRate, d.AboveRate)
		}
		tw.Flush()
		if r.Poverty.Unknown > 0 {
			fmt.Fprintf(w, "  %d victims without a known home district rate\n", r.Poverty.Unknown)
		}
		caveat(w, r.Poverty.CanShow, r.Poverty.CannotShow)
	}
	return nil
}

func writeProportion(w io.Writer, p Proportion) {
	fmt.Fprintf(w, "  %s: %d of %d (%s; 95%% CI %s–%s)\n", p.Name, p.K, p.N, pct(p.Share), pct(p.Low), pct(p.High))
}

func caveat(w io.Writer, can, cannot string) {
	if can != "" {
		fmt.Fprintf(w, "  Shows: %s\n", can)
	}
	fmt.Fprintf(w, "  Cannot show: %s\n", cannot)
}
