// Package exif reads what an image's EXIF block says about its capture: the
// original date and time, GPS position and the camera.
package exif

import (
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	goexif "github.com/dsoprea/go-exif/v3"
	exifcommon "github.com/dsoprea/go-exif/v3/common"
	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
)

// ErrNoExif means the file has no EXIF block, which is common and no fault.
var ErrNoExif = errors.New("no EXIF data")

// maxScan bounds how far into a file the EXIF block is looked for.
const maxScan = 16 << 20

// Read fills md from the EXIF block in r. Fields the block lacks are left
// alone; a field that is present but malformed is noted in md.Problems.
func Read(r io.Reader, md *rastro.MediaMetadata) (err error) {
	defer func() {
		// go-exif reports some malformed input by panicking.
		if p := recover(); p != nil {
			err = fmt.Errorf("malformed EXIF: %v", p)
		}
	}()
	raw, err := goexif.SearchAndExtractExifWithReader(io.LimitReader(r, maxScan))
	if errors.Is(err, goexif.ErrNoExif) {
		return ErrNoExif
	} else if err != nil {
		return fmt.Errorf("EXIF: %w", err)
	}
	tags, _, err := goexif.GetFlatExifData(raw, nil)
	if err != nil {
		return fmt.Errorf("EXIF: %w", err)
	}
	byName := map[string]goexif.ExifTag{}
	for _, t := range tags {
		key := t.TagName
		if strings.Contains(t.IfdPath, "GPS") {
			key = "gps:" + key
		}
		if _, dup := byName[key]; !dup { // the main image's IFD comes before the thumbnail's
			byName[key] = t
		}
	}
	str := func(name string) string {
		if t, ok := byName[name]; ok {
			if s, ok := t.Value.(string); ok {
				return textcheck.Tag(s) // text a bundle import accepts
			}
		}
		return ""
	}
	md.CameraMake = firstNonEmpty(str("Make"), md.CameraMake)
	md.CameraModel = firstNonEmpty(str("Model"), md.CameraModel)
	md.Software = firstNonEmpty(str("Software"), md.Software)

	if dt := firstNonEmpty(str("DateTimeOriginal"), str("DateTimeDigitized"), str("DateTime")); dt != "" {
		off := firstNonEmpty(str("OffsetTimeOriginal"), str("OffsetTime"))
		t, zoned, err := parseDateTime(dt, off)
		if err != nil {
			md.Problems = append(md.Problems, err.Error())
		} else {
			md.CapturedAt = &t
			if !zoned {
				md.Problems = append(md.Problems, "EXIF capture time has no time zone; read as UTC")
			}
		}
	}

	lat, latOK := degrees(byName["gps:GPSLatitude"], str("gps:GPSLatitudeRef"), "S")
	lon, lonOK := degrees(byName["gps:GPSLongitude"], str("gps:GPSLongitudeRef"), "W")
	if latOK && lonOK {
		if lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			md.Problems = append(md.Problems, fmt.Sprintf("EXIF GPS position %.6f, %.6f is out of range", lat, lon))
		} else {
			md.Latitude, md.Longitude = &lat, &lon
		}
	}
	if rs, ok := byName["gps:GPSAltitude"].Value.([]exifcommon.Rational); ok && len(rs) == 1 && rs[0].Denominator != 0 {
		alt := float64(rs[0].Numerator) / float64(rs[0].Denominator)
		if ref, ok := byName["gps:GPSAltitudeRef"].Value.([]byte); ok && len(ref) == 1 && ref[0] == 1 {
			alt = -alt // below sea level
		}
		md.Altitude = &alt
	}
	return nil
}

// parseDateTime reads EXIF's "2006:01:02 15:04:05" with an optional
// "+05:00" offset; zoned says whether the offset was there.
func parseDateTime(dt, offset string) (time.Time, bool, error) {
	dt = strings.TrimSpace(dt)
	if offset != "" {
		if t, err := time.Parse("2006:01:02 15:04:05-07:00", dt+offset); err == nil {
			return t.UTC(), true, nil
		}
	}
	t, err := time.Parse("2006:01:02 15:04:05", dt)
	if err != nil {
		return time.Time{}, false, fmt.Errorf("EXIF capture time %q is not a date and time", dt)
	}
	return t, false, nil
}

// degrees converts degree/minute/second rationals to signed decimal degrees.
func degrees(t goexif.ExifTag, ref, negative string) (float64, bool) {
	rs, ok := t.Value.([]exifcommon.Rational)
	if !ok || len(rs) != 3 {
		return 0, false
	}
	var parts [3]float64
	for i, r := range rs {
		if r.Denominator == 0 {
			return 0, false
		}
		parts[i] = float64(r.Numerator) / float64(r.Denominator)
	}
	d := parts[0] + parts[1]/60 + parts[2]/3600
	if strings.EqualFold(strings.TrimSpace(ref), negative) {
		d = -d
	}
	// Seven decimals are about a centimetre, more than any phone measures;
	// rounding drops the noise of the rational-to-decimal conversion.
	return math.Round(d*1e7) / 1e7, true
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if x != "" {
			return x
		}
	}
	return ""
}
