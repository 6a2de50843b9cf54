body{font-family:Georgia,serif}
