//go:build race

package exchange

// raceEnabled: the race detector slows SQLite's transpiled C several
// times, so the heaviest inputs are made smaller under it.
const raceEnabled = true
