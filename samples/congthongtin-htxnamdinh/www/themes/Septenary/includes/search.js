/* PHP-Fusion */
