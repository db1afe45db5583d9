"""Touch-first widgets shared by the screens: big buttons, wrapped labels, scroll areas, signature pad."""
