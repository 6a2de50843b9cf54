/* jQuery v3.5.1 */
