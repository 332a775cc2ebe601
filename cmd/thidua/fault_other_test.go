//go:build !linux

package main

import "testing"

// roFolder: read-only folders are made by mounting, on Linux only.
func roFolder(t *testing.T) string { return "" }
