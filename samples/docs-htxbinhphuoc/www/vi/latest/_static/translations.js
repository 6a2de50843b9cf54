Documentation.addTranslations({"locale": "vi"});
