function guiEmail(id){}
