public enum TiesGraphPlaceholder {}
