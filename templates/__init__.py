"""Templates shipped with drafter: Markdown and HTML Jinja templates and the reference .docx."""
