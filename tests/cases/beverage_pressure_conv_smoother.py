# case: smooth filler-valve pressure curves with a moving-average Conv1d whose width comes from a config flag -> plain Conv1d, config-driven, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValvePressureSmoother(nn.Cell):
    def __init__(self, width=5, detrend=True):
        super().__init__()
        self.width = width
        self.detrend = detrend
        self.conv = nn.Conv1d(1, 1, width, pad_mode="same", has_bias=False,
                              weight_init="ones")

    def construct(self, pressure):
        if self.detrend:
            pressure = pressure - pressure.mean(axis=-1, keep_dims=True)
        smooth = self.conv(pressure) / self.width
        ripple = pressure - smooth
        return smooth, ripple.std(axis=-1)


def make():
    np.random.seed(152)
    p = 3.4 + 0.1 * np.random.randn(6, 1, 40).astype(np.float32)
    return ValvePressureSmoother(), (Tensor(p),)
