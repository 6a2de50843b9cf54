import{_ as e}from"./app.js";export{e as default};
