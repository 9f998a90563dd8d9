// Package mediatest makes test images: a JPEG of a simple generated scene
// with an EXIF block built here (capture time, GPS, camera).
package mediatest

import (
	"bytes"
	"encoding/binary"
	"image"
	"image/color"
	"image/jpeg"
	"math"
	"testing"
	"time"

	goexif "github.com/dsoprea/go-exif/v3"
	exifcommon "github.com/dsoprea/go-exif/v3/common"
)

// EXIF is what to write into the block; zero fields are left out.
type EXIF struct {
	Make, Model string
	Taken       time.Time // written as local time with its offset
	Lat, Lon    float64
	GPS         bool
	Altitude    float64
}

// Scene draws a 256×192 image whose content depends on seed; scenes with
// different seeds look different, and Shift moves the same scene slightly.
func Scene(seed int, shift int) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, 256, 192))
	for y := range 192 {
		for x := range 256 {
			fx, fy := float64(x+shift)/256, float64(y)/192
			v := math.Sin(fx*float64(3+seed%5)*math.Pi+float64(seed)) * math.Cos(fy*float64(2+seed%7)*math.Pi)
			r := uint8(127 + 120*v)
			g := uint8(127 + 120*math.Sin(float64(seed)+fx*6))
			b := uint8(127 - 120*v)
			img.Set(x, y, color.RGBA{r, g, b, 255})
		}
	}
	return img
}

// JPEG encodes img and inserts an APP1 EXIF segment when e is not nil.
func JPEG(t testing.TB, img image.Image, e *EXIF) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := jpeg.Encode(&b, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	if e == nil {
		return b.Bytes()
	}
	payload := buildEXIF(t, e)
	seg := make([]byte, 0, len(payload)+10)
	seg = append(seg, 0xFF, 0xE1)
	seg = binary.BigEndian.AppendUint16(seg, uint16(len(payload)+2+6))
	seg = append(seg, "Exif\x00\x00"...)
	seg = append(seg, payload...)
	j := b.Bytes()
	out := append([]byte{}, j[:2]...) // SOI
	out = append(out, seg...)
	return append(out, j[2:]...)
}

func buildEXIF(t testing.TB, e *EXIF) []byte {
	im, err := exifcommon.NewIfdMappingWithStandard()
	must(t, err)
	ti := goexif.NewTagIndex()
	root := goexif.NewIfdBuilder(im, ti, exifcommon.IfdStandardIfdIdentity, exifcommon.EncodeDefaultByteOrder)
	if e.Make != "" {
		must(t, root.AddStandardWithName("Make", e.Make))
	}
	if e.Model != "" {
		must(t, root.AddStandardWithName("Model", e.Model))
	}
	if !e.Taken.IsZero() {
		exifIfd, err := goexif.GetOrCreateIbFromRootIb(root, "IFD/Exif")
		must(t, err)
		must(t, exifIfd.SetStandardWithName("DateTimeOriginal", e.Taken.Format("2006:01:02 15:04:05")))
		must(t, exifIfd.SetStandardWithName("OffsetTimeOriginal", e.Taken.Format("-07:00")))
	}
	if e.GPS {
		gps, err := goexif.GetOrCreateIbFromRootIb(root, "IFD/GPSInfo")
		must(t, err)
		must(t, gps.SetStandardWithName("GPSVersionID", []byte{2, 2, 0, 0}))
		latRef, lonRef := "N", "E"
		if e.Lat < 0 {
			latRef = "S"
		}
		if e.Lon < 0 {
			lonRef = "W"
		}
		must(t, gps.SetStandardWithName("GPSLatitudeRef", latRef))
		must(t, gps.SetStandardWithName("GPSLatitude", dms(math.Abs(e.Lat))))
		must(t, gps.SetStandardWithName("GPSLongitudeRef", lonRef))
		must(t, gps.SetStandardWithName("GPSLongitude", dms(math.Abs(e.Lon))))
		must(t, gps.SetStandardWithName("GPSAltitudeRef", []byte{0}))
		must(t, gps.SetStandardWithName("GPSAltitude", []exifcommon.Rational{{Numerator: uint32(e.Altitude * 10), Denominator: 10}}))
	}
	data, err := goexif.NewIfdByteEncoder().EncodeToExif(root)
	must(t, err)
	return data
}

// dms writes decimal degrees as degrees, minutes and 1/10000 seconds.
func dms(d float64) []exifcommon.Rational {
	deg := math.Floor(d)
	m := math.Floor((d - deg) * 60)
	s := (d - deg - m/60) * 3600
	return []exifcommon.Rational{
		{Numerator: uint32(deg), Denominator: 1},
		{Numerator: uint32(m), Denominator: 1},
		{Numerator: uint32(math.Round(s * 10000)), Denominator: 10000},
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
