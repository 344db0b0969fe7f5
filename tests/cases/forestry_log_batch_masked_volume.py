# case: log scanner sums Smalian volumes of the first n_logs logs using an arange < n_logs mask over the fixed conveyor length -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ConveyorVolume(nn.Cell):
    """Sums Smalian volumes (m3) of the logs actually on the conveyor."""

    def smalian(self, d_small_cm, d_large_cm, length_m):
        a1 = 3.14159 * (d_small_cm / 200.0) ** 2
        a2 = 3.14159 * (d_large_cm / 200.0) ** 2
        return (a1 + a2) / 2.0 * length_m

    def construct(self, d_small, d_large, length, n_logs):
        slots = ops.arange(d_small.shape[0])
        on_belt = (slots < n_logs).astype(ms.float32)
        vols = self.smalian(d_small, d_large, length) * on_belt
        return vols.sum(), vols


def make():
    np.random.seed(16)
    ds = Tensor(np.random.uniform(15, 30, (8,)).astype(np.float32))
    dl = ds + Tensor(np.random.uniform(2, 8, (8,)).astype(np.float32))
    ln = Tensor(np.random.choice([3.0, 4.2, 5.4], 8).astype(np.float32))
    return ConveyorVolume(), (ds, dl, ln, Tensor(5, ms.int32))
