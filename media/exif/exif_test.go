package exif

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
	"github.com/rastro-project/rastro/media/mediatest"
)

func TestRead(t *testing.T) {
	lima := time.FixedZone("PET", -5*3600)
	taken := time.Date(2023, 1, 9, 16, 42, 7, 0, lima)
	img := mediatest.JPEG(t, mediatest.Scene(1, 0), &mediatest.EXIF{
		Make: "Samsung", Model: "SM-A525M", Taken: taken,
		GPS: true, Lat: -15.4997, Lon: -70.1336, Altitude: 3825,
	})
	var md rastro.MediaMetadata
	if err := Read(bytes.NewReader(img), &md); err != nil {
		t.Fatal(err)
	}
	if md.CameraMake != "Samsung" || md.CameraModel != "SM-A525M" {
		t.Errorf("camera = %q %q", md.CameraMake, md.CameraModel)
	}
	if md.CapturedAt == nil || !md.CapturedAt.Equal(taken) {
		t.Errorf("captured at %v, want %v", md.CapturedAt, taken)
	}
	if md.Latitude == nil || md.Longitude == nil || math.Abs(*md.Latitude+15.4997) > 1e-6 || math.Abs(*md.Longitude+70.1336) > 1e-6 {
		t.Errorf("position %v, %v", deref(md.Latitude), deref(md.Longitude))
	}
	if md.Altitude == nil || *md.Altitude != 3825 {
		t.Errorf("altitude %v", deref(md.Altitude))
	}
	if len(md.Problems) != 0 {
		t.Errorf("problems: %v", md.Problems)
	}
}

func TestNoExif(t *testing.T) {
	var md rastro.MediaMetadata
	if err := Read(bytes.NewReader(mediatest.JPEG(t, mediatest.Scene(2, 0), nil)), &md); err != ErrNoExif {
		t.Fatalf("got %v, want ErrNoExif", err)
	}
}

func FuzzRead(f *testing.F) {
	f.Add(mediatest.JPEG(f, mediatest.Scene(3, 0), &mediatest.EXIF{Make: "X", Taken: time.Unix(1e9, 0).UTC(), GPS: true, Lat: 1, Lon: 2}))
	f.Add([]byte("Exif\x00\x00MM\x00*\x00\x00\x00\x08"))
	f.Add(mediatest.JPEG(f, mediatest.Scene(3, 0), &mediatest.EXIF{Make: "Ca\x00non", Model: "Nik\xe9", Taken: time.Unix(1e9, 0).UTC()}))
	seeds, _ := filepath.Glob("testdata/*.jpg")
	for _, s := range seeds {
		if b, err := os.ReadFile(s); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		var md rastro.MediaMetadata
		Read(bytes.NewReader(b), &md) // must not panic or hang
		// What is kept is clean text (a bundle import refuses a NUL) and a
		// position on the globe, both coordinates or neither.
		if err := textcheck.Value(&md); err != nil {
			t.Fatalf("metadata %v", err)
		}
		if (md.Latitude == nil) != (md.Longitude == nil) || md.Latitude != nil && (*md.Latitude < -90 || *md.Latitude > 90 || *md.Longitude < -180 || *md.Longitude > 180) {
			t.Fatalf("position %v, %v", deref(md.Latitude), deref(md.Longitude))
		}
	})
}

func deref(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}
