package main

import "golang.org/x/sys/windows"

// utf8Console switches the console to UTF-8 (code page 65001) for the
// program's lifetime and returns how to put back what it was. Go writes to
// a console in UTF-16, so screens are right either way; this matters for
// output a person redirects to a file and then prints with "type", and for
// the classic console's own handling of piped UTF-8.
func utf8Console() (restore func()) {
	out, errOut := windows.GetConsoleOutputCP()
	in, errIn := windows.GetConsoleCP()
	windows.SetConsoleOutputCP(cpUTF8)
	windows.SetConsoleCP(cpUTF8)
	return func() {
		if errOut == nil {
			windows.SetConsoleOutputCP(out)
		}
		if errIn == nil {
			windows.SetConsoleCP(in)
		}
	}
}

// cpUTF8 is the Windows code page of UTF-8.
const cpUTF8 = 65001
