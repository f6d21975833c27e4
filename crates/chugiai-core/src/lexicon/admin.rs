//! Administrative units before and after the 1 July 2025 reorganisation, with the old→new mapping (stub).
