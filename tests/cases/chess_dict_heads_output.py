# case: dual-head network returns its policy and value outputs in a dict with constant string keys -> constant-key dict return, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DualHeadNet(nn.Cell):
    def __init__(self, dim=64, n_moves=128):
        super().__init__()
        self.trunk = nn.SequentialCell([nn.Dense(dim, 64), nn.ReLU(), nn.Dense(64, 64), nn.ReLU()])
        self.policy_head = nn.Dense(64, n_moves)
        self.value_head = nn.Dense(64, 1)

    def construct(self, x):
        h = self.trunk(x)
        out = {"policy": ops.log_softmax(self.policy_head(h), axis=-1),
               "value": ops.tanh(self.value_head(h))}
        return out


def make():
    np.random.seed(29)
    return DualHeadNet(), (Tensor(np.random.randn(4, 64).astype(np.float32)),)
