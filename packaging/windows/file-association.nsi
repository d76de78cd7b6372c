; Switchboard config files (*.switchboard.json) open in Switchboard.
WriteRegStr HKCR ".switchboard.json" "" "Switchboard.Config"
WriteRegStr HKCR "Switchboard.Config" "" "Switchboard configuration"
WriteRegStr HKCR "Switchboard.Config\\DefaultIcon" "" "$INSTDIR\\bin\\switchboard.exe,0"
WriteRegStr HKCR "Switchboard.Config\\shell\\open\\command" "" '"$INSTDIR\\bin\\switchboard.exe" --config "%1"'
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
