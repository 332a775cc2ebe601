package storage

import (
	"io/fs"
	"os"

	"thidua/model"
)

// ENotRegular: a path names a device, a pipe or a socket, not a file.
const ENotRegular = "file.not_regular"

// OpenRegular opens a file a person or a folder named, for reading, and
// refuses anything that is not a regular file: a pipe or a device would
// block the program or pour out bytes without end (/dev/zero named
// "scores.xlsx"). The file is opened without waiting on a pipe and checked
// once open, so it cannot be swapped for one in between.
func OpenRegular(path string) (*os.File, error) {
	f, err := openNoBlock(path)
	if err != nil {
		return nil, FileError(path, err)
	}
	st, err := f.Stat()
	if err != nil {
		closeRead(f)
		return nil, FileError(path, err)
	}
	switch {
	case st.IsDir():
		closeRead(f)
		return nil, model.Errorf(EFile, path, model.Errorf(RIsFolder))
	case !st.Mode().IsRegular():
		closeRead(f)
		return nil, model.Errorf(ENotRegular, path, KindOf(st.Mode()))
	}
	return f, nil
}

// KindOf names what a file is, for messages: a reason code.
func KindOf(m fs.FileMode) *model.Error {
	switch {
	case m&fs.ModeSymlink != 0:
		return model.Errorf("kind.link")
	case m.IsDir():
		return model.Errorf("kind.folder")
	case m&fs.ModeNamedPipe != 0:
		return model.Errorf("kind.pipe")
	case m&fs.ModeSocket != 0:
		return model.Errorf("kind.socket")
	case m&fs.ModeDevice != 0, m&fs.ModeCharDevice != 0:
		return model.Errorf("kind.device")
	}
	return model.Errorf("kind.other")
}
