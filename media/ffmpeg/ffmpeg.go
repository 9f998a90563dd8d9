// Package ffmpeg reads video and audio metadata with ffprobe and samples
// video frames with ffmpeg (Debian's ffmpeg package). Both are optional: when
// they are not installed, Available reports false and callers note that the
// step was skipped.
package ffmpeg

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/internal/textcheck"
	"github.com/rastro-project/rastro/internal/tools"
)

// Tools names the binaries; the zero value looks them up on PATH.
type Tools struct {
	FFprobe string
	FFmpeg  string
}

// Find returns the tools found on PATH (empty names for missing ones).
func Find() Tools {
	var t Tools
	t.FFprobe, _ = tools.Find("ffprobe")
	t.FFmpeg, _ = tools.Find("ffmpeg")
	return t
}

type probe struct {
	Format struct {
		Duration string            `json:"duration"`
		Tags     map[string]string `json:"tags"`
	} `json:"format"`
	Streams []struct {
		CodecType string            `json:"codec_type"`
		Width     int               `json:"width"`
		Height    int               `json:"height"`
		Duration  string            `json:"duration"`
		Tags      map[string]string `json:"tags"`
	} `json:"streams"`
}

// Probe fills md with the duration, creation time, GPS position, recording
// device and picture size ffprobe finds in the file at path.
func (t Tools) Probe(ctx context.Context, path string, md *rastro.MediaMetadata) error {
	if t.FFprobe == "" {
		return fmt.Errorf("ffprobe not installed")
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, t.FFprobe, "-v", "error", "-print_format", "json", "-show_format", "-show_streams", "--", path)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return fmt.Errorf("ffprobe: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	return parseProbe(out, md)
}

func parseProbe(out []byte, md *rastro.MediaMetadata) error {
	var p probe
	if err := json.Unmarshal(out, &p); err != nil {
		return fmt.Errorf("ffprobe output: %w", err)
	}
	if d, err := strconv.ParseFloat(p.Format.Duration, 64); err == nil && d > 0 {
		md.Duration = d
	}
	tags := lower(p.Format.Tags)
	for _, s := range p.Streams {
		if s.CodecType == "video" && md.Width == 0 {
			md.Width, md.Height = s.Width, s.Height
		}
		if md.Duration == 0 {
			if d, err := strconv.ParseFloat(s.Duration, 64); err == nil && d > 0 {
				md.Duration = d
			}
		}
		for k, v := range lower(s.Tags) {
			if _, ok := tags[k]; !ok {
				tags[k] = v
			}
		}
	}
	if ct := first(tags, "com.apple.quicktime.creationdate", "creation_time", "date"); ct != "" {
		if tm, err := parseTime(ct); err == nil {
			md.CapturedAt = &tm
		} else {
			md.Problems = append(md.Problems, fmt.Sprintf("creation time %q not understood", ct))
		}
	}
	if loc := first(tags, "com.apple.quicktime.location.iso6709", "location", "location-eng"); loc != "" {
		lat, lon, alt, err := ParseISO6709(loc)
		if err != nil {
			md.Problems = append(md.Problems, err.Error())
		} else {
			md.Latitude, md.Longitude, md.Altitude = &lat, &lon, alt
		}
	}
	if v := first(tags, "com.apple.quicktime.make", "make"); v != "" {
		md.CameraMake = v
	}
	if v := first(tags, "com.apple.quicktime.model", "model"); v != "" {
		md.CameraModel = v
	}
	if v := first(tags, "com.apple.quicktime.software", "encoder"); v != "" && md.Software == "" {
		md.Software = v
	}
	return nil
}

func lower(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		out[strings.ToLower(k)] = v
	}
	return out
}

func first(m map[string]string, keys ...string) string {
	for _, k := range keys {
		if v := textcheck.Tag(m[k]); v != "" { // text a bundle import accepts
			return v
		}
	}
	return ""
}

func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05-0700", "2006-01-02 15:04:05", "2006-01-02T15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC(), nil
		}
	}
	return time.Time{}, fmt.Errorf("bad time %q", s)
}

var iso6709 = regexp.MustCompile(`^([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?(?:CRS[^/]*)?/?$`)

// ParseISO6709 reads a position in decimal degrees, as phones and ffmpeg
// write it: "+12.3456-070.1234+3825.0/".
func ParseISO6709(s string) (lat, lon float64, alt *float64, err error) {
	m := iso6709.FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, 0, nil, fmt.Errorf("location %q is not an ISO 6709 position in decimal degrees", s)
	}
	lat, _ = strconv.ParseFloat(m[1], 64)
	lon, _ = strconv.ParseFloat(m[2], 64)
	if lat < -90 || lat > 90 || lon < -180 || lon > 180 {
		return 0, 0, nil, fmt.Errorf("location %q is out of range", s)
	}
	if m[3] != "" {
		a, _ := strconv.ParseFloat(m[3], 64)
		alt = &a
	}
	return lat, lon, alt, nil
}

// Frames decodes up to n frames spread evenly over a video of the given
// duration (seconds), for perceptual hashing.
func (t Tools) Frames(ctx context.Context, path string, duration float64, n int) ([]image.Image, error) {
	if t.FFmpeg == "" {
		return nil, fmt.Errorf("ffmpeg not installed")
	}
	var out []image.Image
	for i := range n {
		at := duration * (float64(i) + 0.5) / float64(n)
		img, err := t.frameAt(ctx, path, at)
		if err != nil {
			return out, err
		}
		out = append(out, img)
	}
	return out, nil
}

func (t Tools) frameAt(ctx context.Context, path string, at float64) (image.Image, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, t.FFmpeg, "-nostdin", "-v", "error", "-ss", strconv.FormatFloat(at, 'f', 3, 64),
		"-i", path, "-frames:v", "1", "-vf", "scale=256:-2", "-f", "image2pipe", "-vcodec", "png", "-")
	cmd.Stderr = &stderr
	b, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("ffmpeg frame at %.1fs: %v: %s", at, err, strings.TrimSpace(stderr.String()))
	}
	if len(b) == 0 {
		return nil, fmt.Errorf("ffmpeg gave no frame at %.1fs", at)
	}
	return png.Decode(bytes.NewReader(b))
}
