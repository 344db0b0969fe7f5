# case: fuel-moisture model returns only the dead-fuel channels when the mean moisture tensor is below a threshold, else all channels -> error (branches give different shapes)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FuelMoistureFilter(nn.Cell):
    """Channels: 1-h, 10-h, 100-h dead fuel, live herbaceous, live woody moisture (%)."""

    def __init__(self, dry_threshold=12.0, n_dead=3):
        super().__init__()
        self.dry_threshold = dry_threshold
        self.n_dead = n_dead

    def construct(self, moisture):
        dead = moisture[:, :self.n_dead]
        if dead.mean() < self.dry_threshold:
            out = dead
        else:
            out = moisture
        return out * 0.01


def make():
    np.random.seed(10)
    m = Tensor(np.random.uniform(5, 30, (4, 5)).astype(np.float32))
    return FuelMoistureFilter(), (m,)
