"""Result records → text, HTML and export formats. The only layer that imports Jinja2."""
