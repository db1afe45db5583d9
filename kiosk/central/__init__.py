"""The reference central server (kiosk-central): enrols stations, stores every event once, feeds changes down."""
