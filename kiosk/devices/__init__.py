"""Devices behind small interfaces with fakes: camera, QR decoder, scanner, printer, speech."""
