# case: per-machine normalisation with one_hot over a fixed number of machines from the constructor -> static, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FleetNormaliser(nn.Cell):
    def __init__(self, n_machines=4, eps=1e-5):
        super().__init__()
        self.n_machines = n_machines
        self.eps = eps
        self.on = Tensor(1.0, ms.float32)
        self.off = Tensor(0.0, ms.float32)

    def group_stats(self, onehot, values):
        counts = ops.clamp(onehot.sum(axis=0), min=1.0).reshape(-1, 1)
        mean = ops.matmul(onehot.T, values) / counts
        sq = ops.matmul(onehot.T, values * values) / counts
        return mean, ops.sqrt(ops.relu(sq - mean * mean) + self.eps)

    def construct(self, values, machine_idx):
        onehot = ops.one_hot(machine_idx, self.n_machines, self.on, self.off)
        mean, std = self.group_stats(onehot, values)
        return (values - ops.matmul(onehot, mean)) / ops.matmul(onehot, std)


def make():
    np.random.seed(33)
    values = Tensor(np.random.randn(18, 3).astype(np.float32) * 2 + 5)
    machine_idx = Tensor(np.random.randint(0, 4, size=18).astype(np.int32))
    return FleetNormaliser(), (values, machine_idx)
