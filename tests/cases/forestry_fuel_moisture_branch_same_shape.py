# case: fuel-moisture model scales moisture differently in an if on the mean moisture tensor but both branches keep shape (4,5) -> compiles with control flow, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FuelMoistureAdjust(nn.Cell):
    """Applies a drought correction to fuel moisture when the dead fuel is dry."""

    def __init__(self, dry_threshold=12.0, n_dead=3, drought_scale=0.8):
        super().__init__()
        self.dry_threshold = dry_threshold
        self.n_dead = n_dead
        self.drought_scale = drought_scale

    def construct(self, moisture):
        dead = moisture[:, :self.n_dead]
        if dead.mean() < self.dry_threshold:
            out = moisture * self.drought_scale
        else:
            out = moisture + 0.0
        return out * 0.01


def make():
    np.random.seed(10)
    m = Tensor(np.random.uniform(5, 30, (4, 5)).astype(np.float32))
    return FuelMoistureAdjust(), (m,)
