"""Pages of the web application; each module holds the views of one area."""
