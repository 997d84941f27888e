"""The `tacitus` command: thin click commands that parse options and format results."""
