//go:build race

package sheet

// raceDetector: the race detector slows reading ten times over; the
// heaviest corpus files are then read by the binary (cmd/thidua) instead.
const raceDetector = true
