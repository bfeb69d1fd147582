namespace Easel.Pipeline.Text;

public enum EntryKind { Foreground, Background, Topic, Emotion, Number, MeasureWord, Negation }
