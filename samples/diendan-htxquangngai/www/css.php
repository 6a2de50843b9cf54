body{font-family:Arial,sans-serif}
