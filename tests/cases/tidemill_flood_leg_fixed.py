# case: take a fixed flood-leg window of a tide record with a configured sample count -> slice bounds are Python ints, Graph mode should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_metres(series_cm):
    return series_cm / 100.0


class FloodLegWindow(nn.Cell):
    """Fixed window of the flood leg, as used by the mill's logbook model."""

    def __init__(self, window=24, datum_offset=0.35):
        super().__init__()
        self.window = window
        self.datum_offset = datum_offset

    def construct(self, heights_cm):
        heights = to_metres(heights_cm) - self.datum_offset
        flood_leg = heights[:self.window]
        rise_rate = (flood_leg[1:] - flood_leg[:-1]).mean()
        hw_index = ops.argmax(heights)
        return flood_leg, rise_rate, hw_index


def make():
    np.random.seed(3272)
    t = np.linspace(0, np.pi, 48)
    series = 250 * np.sin(t + 0.4) + 300 + np.random.randn(48) * 4
    return FloodLegWindow(), (Tensor(series.astype(np.float32)),)
