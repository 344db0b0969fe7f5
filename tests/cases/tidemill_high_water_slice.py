# case: trim a tide height series up to the first high-water sample found by argmax -> slice length comes from data, Graph mode should reject or go dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def to_metres(series_cm):
    return series_cm / 100.0


class FloodLegExtractor(nn.Cell):
    """Keep the flood leg of a tide record (low water up to high water)."""

    def __init__(self, datum_offset=0.35):
        super().__init__()
        self.datum_offset = datum_offset

    def construct(self, heights_cm):
        heights = to_metres(heights_cm) - self.datum_offset
        hw_index = ops.argmax(heights)
        flood_leg = heights[:int(hw_index) + 1]
        rise_rate = (flood_leg[1:] - flood_leg[:-1]).mean()
        return flood_leg, rise_rate


def make():
    np.random.seed(3271)
    t = np.linspace(0, np.pi, 48)
    series = 250 * np.sin(t + 0.4) + 300 + np.random.randn(48) * 4
    return FloodLegExtractor(), (Tensor(series.astype(np.float32)),)
