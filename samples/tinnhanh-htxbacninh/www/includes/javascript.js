/* PHP-Nuke */
