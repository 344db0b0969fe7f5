# case: engine vibration health monitor scales the spectrum differently depending on an if on the tensor mean, both branches keep the same shape -> tensor-valued if with matching shapes, expected to compile in Graph mode
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
        weighted = spectrum * self.band_weights
        if weighted.mean() > self.alert_ips:
            report = weighted * 2.0
        else:
            report = weighted * 0.5
        return report.max(axis=1)


def make():
    np.random.seed(72)
    spec = Tensor(np.random.rand(4, 16).astype(np.float32))
    return VibrationHealth(), (spec,)
