var zbpConfig = {};
