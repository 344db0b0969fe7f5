# case: wrap the moisture-to-weight conversion in try/except to fall back on a default when the probe tensor is bad -> try/except in construct, limited in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WetWeightEstimator(nn.Cell):
    def __init__(self, dry_density=1.6):
        super().__init__()
        self.dry_density = dry_density
        self.reg = nn.Dense(3, 1)

    def convert(self, moisture, volume):
        return volume * self.dry_density * (1.0 + moisture / 100.0)

    def construct(self, probes, volume):
        try:
            moisture = self.reg(probes).squeeze(-1)
            weight = self.convert(moisture, volume)
        except ValueError:
            weight = volume * self.dry_density
        return weight


def make():
    np.random.seed(22)
    probes = np.random.uniform(10.0, 25.0, size=(7, 3)).astype(np.float32)
    volume = np.random.uniform(200.0, 800.0, size=(7,)).astype(np.float32)
    return WetWeightEstimator(), (Tensor(probes), Tensor(volume))
