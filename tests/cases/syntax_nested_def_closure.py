# case: construct defines a nested helper function that closes over self attributes and a local (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedResidual(nn.Cell):
    def __init__(self, dim=6):
        super().__init__()
        self.fc = nn.Dense(dim, dim)
        self.gate = nn.Dense(dim, dim)

    def construct(self, x):
        scale = 0.5

        def branch(t):
            return self.fc(t) * ops.sigmoid(self.gate(t)) * scale

        return x + branch(x)


def make():
    return GatedResidual(), (Tensor(np.random.randn(2, 6).astype(np.float32)),)
