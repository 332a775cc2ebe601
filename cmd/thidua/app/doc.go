// Package app is thidua's application: the one place that joins the
// database (package storage), the exchange files, the spreadsheets and the
// demo into the operations the interface and the command line offer. The
// screens declare the narrow interfaces they need in model types; App
// satisfies them, so the interface never imports storage.
package app
