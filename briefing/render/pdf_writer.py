"""PDF output (placeholder until the reportlab writer lands)."""
