namespace Easel.Pipeline.Imaging;

public enum TimeOfDay { Day, Sunrise, Sunset, Night }
