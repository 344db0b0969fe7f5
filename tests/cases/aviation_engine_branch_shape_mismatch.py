# case: engine vibration health monitor returns the full spectrum when vibration is high but only a summary when normal, chosen by an if on the tensor mean -> branches return different shapes, Graph mode should reject
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VibrationHealth(nn.Cell):
    def __init__(self, n_bands=16, alert_ips=0.8):
        super().__init__()
        self.alert_ips = alert_ips
        self.band_weights = ms.Parameter(Tensor(np.linspace(0.5, 1.5, n_bands).astype(np.float32)),
                                         name="band_weights")

    def construct(self, spectrum):
        weighted = spectrum * self.band_weights       # (sensors, bands)
        if weighted.mean() > self.alert_ips:
            report = weighted                          # full detail for the engineer
        else:
            report = weighted.max(axis=1)              # one number per sensor
        return report


def make():
    np.random.seed(71)
    spec = Tensor(np.random.rand(4, 16).astype(np.float32))
    return VibrationHealth(), (spec,)
