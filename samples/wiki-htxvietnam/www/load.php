body{font-family:sans-serif}
