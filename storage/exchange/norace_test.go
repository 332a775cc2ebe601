//go:build !race

package exchange

// raceEnabled: see race_test.go.
const raceEnabled = false
