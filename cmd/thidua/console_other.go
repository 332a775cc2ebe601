//go:build !windows

package main

// utf8Console does nothing outside Windows: terminals there speak UTF-8.
func utf8Console() (restore func()) { return func() {} }
