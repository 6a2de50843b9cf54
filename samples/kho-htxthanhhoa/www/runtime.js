/* dspace-angular */
