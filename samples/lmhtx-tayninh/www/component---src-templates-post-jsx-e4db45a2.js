/*! gatsby chunk */
