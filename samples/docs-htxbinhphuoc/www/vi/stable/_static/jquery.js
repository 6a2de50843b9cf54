/* jQuery v3.6.0 */
