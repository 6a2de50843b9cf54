/* DLE minified: jquery3, jqueryui, dle_js */
