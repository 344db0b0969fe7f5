# case: snaps OCR tick values to a nice step by calling np.round and np.diff directly on the tensor inside construct -> NumPy functions on tensors in construct, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TickSnapper(nn.Cell):
    def __init__(self, decimals=0):
        super().__init__()
        self.decimals = decimals

    def nice_step(self, ticks):
        steps = np.diff(ticks)
        return steps.mean()

    def construct(self, tick_values, tick_px):
        snapped = np.round(tick_values, self.decimals)
        step = self.nice_step(snapped)
        px_per_unit = (tick_px[-1] - tick_px[0]) / (snapped[-1] - snapped[0])
        return snapped, step, px_per_unit


def make():
    np.random.seed(42)
    vals = Tensor((np.arange(6) * 20 + np.random.randn(6) * 0.3).astype(np.float32))
    px = Tensor(np.linspace(300, 50, 6).astype(np.float32))
    return TickSnapper(), (vals, px)
