package media

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/rastro-project/rastro/media/mediatest"
	"github.com/rastro-project/rastro/media/phash"
)

func TestSniff(t *testing.T) {
	jpg := mediatest.JPEG(t, mediatest.Scene(1, 0), nil)
	for _, c := range []struct {
		head []byte
		name string
		want string
	}{
		{jpg, "photo.bin", "image/jpeg"},
		{[]byte("%PDF-1.7\n"), "autopsy", "application/pdf"},
		{[]byte{0, 1, 2, 3}, "statement.pdf", "application/pdf"}, // bytes inconclusive: the extension decides
		{[]byte("I saw them"), "witness.txt", "text/plain; charset=utf-8"},
	} {
		if got := Sniff(c.head, c.name); got != c.want {
			t.Errorf("Sniff(%q…, %s) = %s, want %s", c.head[:4], c.name, got, c.want)
		}
	}
}

func TestExtractWithoutTools(t *testing.T) {
	p := filepath.Join(t.TempDir(), "clip.mp4")
	os.WriteFile(p, []byte("\x00\x00\x00\x18ftypmp42"), 0o644)
	var x Extractor // no ffprobe, no ffmpeg
	md := x.Extract(context.Background(), p, "video/mp4")
	if len(md.Problems) != 1 || !strings.Contains(md.Problems[0], "ffprobe not installed") {
		t.Fatalf("problems %v", md.Problems)
	}
}

// TestVideoFramesFindTranscodedCopy: a video and a smaller re-encoding of it
// share perceptual hashes of their sampled frames; another video does not.
func TestVideoFramesFindTranscodedCopy(t *testing.T) {
	x := NewExtractor()
	if x.Tools.FFmpeg == "" || x.Tools.FFprobe == "" {
		t.Skip("ffmpeg/ffprobe not installed (apt-get install ffmpeg)")
	}
	dir := t.TempDir()
	mk := func(name string, args ...string) string {
		p := filepath.Join(dir, name)
		cmd := exec.Command(x.Tools.FFmpeg, append(append([]string{"-v", "error"}, args...), p)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("ffmpeg: %v: %s", err, out)
		}
		return p
	}
	orig := mk("orig.mp4", "-f", "lavfi", "-i", "testsrc2=duration=3:size=320x240:rate=10",
		"-metadata", "creation_time=2023-01-09T16:42:07Z", "-metadata", "location=-15.4997-070.1336/", "-c:v", "mpeg4", "-q:v", "3")
	small := mk("small.mp4", "-i", orig, "-vf", "scale=160:120", "-c:v", "mpeg4", "-q:v", "8")
	other := mk("other.mp4", "-f", "lavfi", "-i", "mandelbrot=size=320x240:rate=10", "-t", "3", "-c:v", "mpeg4")

	mo := x.Extract(context.Background(), orig, "video/mp4")
	if mo.CapturedAt == nil || !mo.CapturedAt.Equal(time.Date(2023, 1, 9, 16, 42, 7, 0, time.UTC)) || mo.Latitude == nil || mo.Duration < 2.9 {
		t.Fatalf("metadata %+v", mo)
	}
	if len(mo.PHashes) != VideoFrames {
		t.Fatalf("%d frame hashes, problems %v", len(mo.PHashes), mo.Problems)
	}
	ms := x.Extract(context.Background(), small, "video/mp4")
	mx := x.Extract(context.Background(), other, "video/mp4")
	if d := phash.Closest(mo.PHashes, ms.PHashes); d < 0 || d > phash.NearDuplicate {
		t.Errorf("transcoded copy: closest frame distance %d", d)
	}
	if d := phash.Closest(mo.PHashes, mx.PHashes); d >= 0 && d <= phash.NearDuplicate {
		t.Errorf("different video: closest frame distance %d", d)
	}
}
