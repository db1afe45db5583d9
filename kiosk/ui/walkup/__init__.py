"""Walk-up screens: what a worker sees and touches, from the camera home screen to check-out."""
