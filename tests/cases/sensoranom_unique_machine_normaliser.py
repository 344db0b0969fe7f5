# case: per-machine normalisation that discovers machine ids with ops.unique and loops over them -> dynamic shape from unique
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PerMachineNorm(nn.Cell):
    def __init__(self, eps=1e-5):
        super().__init__()
        self.eps = eps

    def construct(self, values, machine_ids):
        uniq, inv = ops.unique(machine_ids)
        one_hot = ops.one_hot(inv, uniq.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        counts = one_hot.sum(axis=0)
        means = ops.matmul(one_hot.T, values) / counts.reshape(-1, 1)
        centered = values - ops.matmul(one_hot, means)
        var = ops.matmul(one_hot.T, centered * centered) / counts.reshape(-1, 1)
        std = ops.sqrt(ops.matmul(one_hot, var) + self.eps)
        return centered / std


def make():
    np.random.seed(3)
    values = Tensor(np.random.randn(20, 4).astype(np.float32) * 3 + 1)
    machine_ids = Tensor(np.random.choice([3, 7, 11], size=20).astype(np.int32))
    return PerMachineNorm(), (values, machine_ids)
