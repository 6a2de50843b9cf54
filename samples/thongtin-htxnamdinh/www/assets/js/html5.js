/* html5shiv */
