# case: band saw blade tension monitor converts the strain-gauge window to NumPy with .asnumpy() to find the peak-to-peak swing -> asnumpy in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BladeTensionMonitor(nn.Cell):
    def __init__(self, gauge_factor=2.1, nominal_kn=28.0):
        super().__init__()
        self.gauge_factor = gauge_factor
        self.nominal_kn = nominal_kn
        self.filter = nn.Conv1d(1, 1, kernel_size=5, pad_mode="same", has_bias=False)

    def construct(self, strain_window):
        tension = self.filter(strain_window) * self.gauge_factor
        raw = tension.asnumpy()
        swing = float(raw.max() - raw.min())
        deviation = ops.abs(tension.mean() - self.nominal_kn)
        return deviation, swing


def make():
    np.random.seed(3211)
    strain = Tensor((13.0 + np.random.randn(1, 1, 128)).astype(np.float32))
    return BladeTensionMonitor(), (strain,)
