// Package media works out what an evidence file is and what it says about
// itself: the sniffed media type, EXIF or container metadata, and perceptual
// hashes of the picture (or of frames sampled from a video). Every step is
// best-effort: a failure is noted in the metadata's Problems and ingest goes
// on, because an odd file is still evidence.
package media

import (
	"context"
	"io"
	"mime"
	"net/http"
	"os"
	"path/filepath"
	"strings"

	"github.com/rastro-project/rastro"
	"github.com/rastro-project/rastro/media/exif"
	"github.com/rastro-project/rastro/media/ffmpeg"
	"github.com/rastro-project/rastro/media/phash"
)

// VideoFrames is how many frames of a video are hashed.
const VideoFrames = 5

// Extractor extracts metadata; its zero value uses no external tools.
type Extractor struct {
	Tools ffmpeg.Tools
}

// NewExtractor returns an Extractor using ffprobe and ffmpeg when installed.
func NewExtractor() *Extractor { return &Extractor{Tools: ffmpeg.Find()} }

// Sniff returns the media type of content that starts with head, falling
// back on the file name's extension when the bytes are not conclusive.
func Sniff(head []byte, name string) string {
	t := http.DetectContentType(head)
	if t == "application/octet-stream" || strings.HasPrefix(t, "text/plain") {
		if byExt := mime.TypeByExtension(strings.ToLower(filepath.Ext(name))); byExt != "" {
			return byExt
		}
	}
	return t
}

// SniffFile sniffs the file at path.
func SniffFile(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	head := make([]byte, 512)
	n, err := io.ReadFull(f, head)
	if err != nil && err != io.ErrUnexpectedEOF && err != io.EOF {
		return "", err
	}
	return Sniff(head[:n], path), nil
}

// Extract reads the metadata of the file at path, which has the given media
// type.
func (x *Extractor) Extract(ctx context.Context, path, mediaType string) rastro.MediaMetadata {
	var md rastro.MediaMetadata
	problem := func(s string) { md.Problems = append(md.Problems, s) }
	switch {
	case strings.HasPrefix(mediaType, "image/"):
		f, err := os.Open(path)
		if err != nil {
			problem(err.Error())
			return md
		}
		defer f.Close()
		if err := exif.Read(f, &md); err != nil && err != exif.ErrNoExif {
			problem(err.Error())
		}
		if _, err := f.Seek(0, io.SeekStart); err == nil {
			if h, err := phash.Decode(f); err == nil {
				md.PHashes = []string{h}
			} else {
				problem("perceptual hash: " + err.Error())
			}
		}
	case strings.HasPrefix(mediaType, "video/"), strings.HasPrefix(mediaType, "audio/"), mediaType == "application/ogg":
		if x.Tools.FFprobe == "" {
			problem("ffprobe not installed: no duration, creation time or location read")
			return md
		}
		if err := x.Tools.Probe(ctx, path, &md); err != nil {
			problem(err.Error())
			return md
		}
		if md.Width == 0 {
			return md // audio only
		}
		if x.Tools.FFmpeg == "" {
			problem("ffmpeg not installed: no frames hashed")
			return md
		}
		frames, err := x.Tools.Frames(ctx, path, md.Duration, VideoFrames)
		if err != nil {
			problem(err.Error())
		}
		for _, f := range frames {
			if h, err := phash.Image(f); err == nil {
				md.PHashes = append(md.PHashes, h)
			}
		}
	}
	return md
}
