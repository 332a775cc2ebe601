package exchange

import (
	"crypto/ed25519"
	"crypto/hmac"
	"crypto/sha256"
)

// enrolTag separates the enrolment MAC from any other use of the code.
const enrolTag = "thidua-enroll-v1"

// EnrolMAC is a unit's proof that its first key belongs to the holder of
// its setup file (merge.md §2.2): HMAC-SHA256 under the unit's enrolment
// code of the tag, the unit id and the public key.
func EnrolMAC(code []byte, unitID string, pub []byte) []byte {
	m := hmac.New(sha256.New, code)
	m.Write([]byte(enrolTag))
	m.Write([]byte(unitID))
	m.Write(pub)
	return m.Sum(nil)
}

// enrolOK checks an enrolment MAC in constant time.
func enrolOK(code []byte, unitID string, pub, mac []byte) bool {
	return len(code) > 0 && len(mac) > 0 && hmac.Equal(EnrolMAC(code, unitID, pub), mac)
}

// sign signs a manifest: the signature covers its canonical form, which
// holds the content hash, so one signature binds the rows and the bloc,
// period, author, kind, seq and criteria version.
func sign(key ed25519.PrivateKey, m *Manifest) {
	m.Signature = ed25519.Sign(key, manifestDigest(m.row()))
}

// signatureOK verifies a manifest row's signature with the public key it
// names; whether that key is trusted is decided by the merge.
func signatureOK(r manifestRow) bool {
	pub, _ := r.get("public_key").([]byte)
	sig, _ := r.get("signature").([]byte)
	return len(pub) == ed25519.PublicKeySize && len(sig) == ed25519.SignatureSize &&
		ed25519.Verify(ed25519.PublicKey(pub), manifestDigest(r), sig)
}
