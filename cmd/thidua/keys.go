package main

import (
	"context"
	"crypto/ed25519"
	"encoding/base64"

	"thidua/model"
)

// keysJSON is `thidua keys --json`.
type keysJSON struct {
	Fingerprint string `json:"fingerprint"`
	KeyID       string `json:"key_id"`
	PublicKey   string `json:"public_key"` // base64
}

// runKeys prints this installation's key fingerprint, making the key on
// first use: the code people read to each other on the phone.
func runKeys(ctx context.Context, c *cli, args []string) error {
	fs := c.flags("keys", true)
	if _, err := c.parse(fs, args); err != nil {
		return err
	}
	db, err := c.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()
	key, err := db.InstallKey(ctx)
	if err != nil {
		return err
	}
	pub := key.Public().(ed25519.PublicKey)
	if c.json {
		return c.writeJSON(keysJSON{Fingerprint: model.Fingerprint(pub), KeyID: model.KeyID(pub),
			PublicKey: base64.StdEncoding.EncodeToString(pub)})
	}
	c.printf("exchange.cli.keys", model.Fingerprint(pub))
	return nil
}
