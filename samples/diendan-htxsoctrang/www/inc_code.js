function openWindow5(url){popupWin=window.open(url,'new_page','width=640,height=480,scrollbars=yes')}
function ChangePage(fnum){document.forms['PageNum'+fnum].submit();}
