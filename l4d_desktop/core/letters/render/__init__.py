"""Letters onto A4: the PDF layout, its fonts, text fitting and the calibration page."""
