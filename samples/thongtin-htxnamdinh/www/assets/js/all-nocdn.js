/* jquery, popper, bootstrap, baguetteBox */
