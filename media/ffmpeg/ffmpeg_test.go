package ffmpeg

import (
	"context"
	"math"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
)

// Video makes a two-second test video with a creation time and a location,
// or skips when ffmpeg is not installed.
func video(t *testing.T, tools Tools) string {
	if tools.FFmpeg == "" || tools.FFprobe == "" {
		t.Skip("ffmpeg/ffprobe not installed (apt-get install ffmpeg)")
	}
	p := filepath.Join(t.TempDir(), "clip.mp4")
	cmd := exec.Command(tools.FFmpeg, "-v", "error", "-f", "lavfi", "-i", "testsrc=duration=2:size=160x120:rate=10",
		"-metadata", "creation_time=2023-01-09T16:42:07Z", "-metadata", "location=-15.4997-070.1336/", "-c:v", "mpeg4", p)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("making test video: %v: %s", err, out)
	}
	return p
}

func TestProbeAndFrames(t *testing.T) {
	tools := Find()
	p := video(t, tools)
	var md rastro.MediaMetadata
	if err := tools.Probe(context.Background(), p, &md); err != nil {
		t.Fatal(err)
	}
	if math.Abs(md.Duration-2) > 0.1 {
		t.Errorf("duration %v", md.Duration)
	}
	if want := time.Date(2023, 1, 9, 16, 42, 7, 0, time.UTC); md.CapturedAt == nil || !md.CapturedAt.Equal(want) {
		t.Errorf("created %v", md.CapturedAt)
	}
	if md.Latitude == nil || *md.Latitude != -15.4997 || *md.Longitude != -70.1336 {
		t.Errorf("location %v %v", md.Latitude, md.Longitude)
	}
	if md.Width != 160 || md.Height != 120 {
		t.Errorf("size %dx%d", md.Width, md.Height)
	}
	frames, err := tools.Frames(context.Background(), p, md.Duration, 3)
	if err != nil || len(frames) != 3 {
		t.Fatalf("frames: %d, %v", len(frames), err)
	}
	if b := frames[0].Bounds(); b.Dx() != 256 {
		t.Errorf("frame width %d", b.Dx())
	}
	if err := tools.Probe(context.Background(), filepath.Join(t.TempDir(), "missing.mp4"), &md); err == nil {
		t.Error("probe of a missing file succeeded")
	}
}

func TestMissingTools(t *testing.T) {
	var none Tools
	var md rastro.MediaMetadata
	if err := none.Probe(context.Background(), "x", &md); err == nil {
		t.Error("Probe without ffprobe succeeded")
	}
}

func TestParseISO6709(t *testing.T) {
	lat, lon, alt, err := ParseISO6709("+34.0592-118.4460+089.100/")
	if err != nil || lat != 34.0592 || lon != -118.446 || alt == nil || *alt != 89.1 {
		t.Fatalf("got %v %v %v %v", lat, lon, alt, err)
	}
	for _, bad := range []string{"", "north", "+95.0+010.0/", "+10.0+190.0/"} {
		if _, _, _, err := ParseISO6709(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

func FuzzParseProbe(f *testing.F) {
	f.Add([]byte(`{"format":{"duration":"2.0","tags":{"creation_time":"2023-01-09T16:42:07Z","location":"-15.4997-070.1336/"}},"streams":[{"codec_type":"video","width":160,"height":120}]}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"format":{"tags":{"com.apple.quicktime.model":"iPh\u0000one","encoder":"x\u0000"}}}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var md rastro.MediaMetadata
		parseProbe(b, &md)
		if md.Latitude != nil && (*md.Latitude < -90 || *md.Latitude > 90) {
			t.Fatalf("latitude %v out of range", *md.Latitude)
		}
		if err := textcheck.Value(&md); err != nil { // a bundle import refuses a NUL
			t.Fatalf("metadata %v", err)
		}
	})
}
