; Undo file-association.nsi, but only if the association is still ours.
ReadRegStr $0 HKCR ".switchboard.json" ""
StrCmp $0 "Switchboard.Config" 0 +2
DeleteRegKey HKCR ".switchboard.json"
DeleteRegKey HKCR "Switchboard.Config"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
