# case: log scanner loops `for i in range(int(n_logs))` where n_logs is a tensor from the conveyor counter, summing log volumes -> error or dynamic loop in Graph mode
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
        total = Tensor(0.0, ms.float32)
        for i in range(int(n_logs)):
            total = total + self.smalian(d_small[i], d_large[i], length[i])
        return total


def make():
    np.random.seed(16)
    ds = Tensor(np.random.uniform(15, 30, (8,)).astype(np.float32))
    dl = ds + Tensor(np.random.uniform(2, 8, (8,)).astype(np.float32))
    ln = Tensor(np.random.choice([3.0, 4.2, 5.4], 8).astype(np.float32))
    return ConveyorVolume(), (ds, dl, ln, Tensor(5, ms.int32))
