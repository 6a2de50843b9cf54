/* Nicepage 6.15.2 */
