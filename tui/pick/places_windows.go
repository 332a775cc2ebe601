package pick

import (
	"syscall"

	"golang.org/x/sys/windows"
)

// removableDrives lists the drives Windows calls removable (USB sticks,
// memory cards), with their volume labels: "USB (E:)".
func removableDrives() []Place {
	mask, err := windows.GetLogicalDrives()
	if err != nil {
		return nil
	}
	var out []Place
	for i := 0; i < 26; i++ {
		if mask&(1<<i) == 0 {
			continue
		}
		root := string(rune('A'+i)) + `:\`
		p, err := syscall.UTF16PtrFromString(root)
		if err != nil || windows.GetDriveType(p) != windows.DRIVE_REMOVABLE {
			continue
		}
		label := root[:2]
		name := make([]uint16, 261)
		if windows.GetVolumeInformation(p, &name[0], uint32(len(name)), nil, nil, nil, nil, 0) == nil {
			if v := syscall.UTF16ToString(name); v != "" {
				label = v + " (" + root[:2] + ")"
			}
		}
		out = append(out, Place{Label: label, Path: root, Removable: true})
	}
	return out
}
