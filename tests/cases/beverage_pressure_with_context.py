# case: run the filler-valve pressure smoothing inside a `with` block that switches a smoothing window on -> with statement on a Python context manager in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmoothingWindow:
    def __init__(self, width):
        self.width = width

    def __enter__(self):
        return self.width

    def __exit__(self, *exc):
        return False


class ValvePressureSmoother(nn.Cell):
    def __init__(self, width=5):
        super().__init__()
        self.window = SmoothingWindow(width)
        self.conv = nn.Conv1d(1, 1, width, pad_mode="same", has_bias=False,
                              weight_init="ones")

    def construct(self, pressure):
        with self.window as w:
            smooth = self.conv(pressure) / w
        ripple = pressure - smooth
        return smooth, ripple.std(axis=-1)


def make():
    np.random.seed(151)
    p = 3.4 + 0.1 * np.random.randn(6, 1, 40).astype(np.float32)
    return ValvePressureSmoother(), (Tensor(p),)
