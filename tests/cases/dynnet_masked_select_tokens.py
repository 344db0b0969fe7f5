# case: token pruning gathers surviving token features with ops.masked_select on a keep mask, then reshapes by feature dim -> dynamic shape (masked_select)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KeepGate(nn.Cell):
    def __init__(self, dim):
        super().__init__()
        self.fc = nn.Dense(dim, 1)

    def construct(self, x):
        return self.fc(x) > 0


class PrunedEncoderBlock(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.gate = KeepGate(dim)
        self.mlp = nn.SequentialCell([nn.Dense(dim, dim * 2), nn.GELU(), nn.Dense(dim * 2, dim)])
        self.dim = dim

    def construct(self, tokens):
        keep = self.gate(tokens)
        keep = keep.broadcast_to(tokens.shape)
        survivors = ops.masked_select(tokens, keep).reshape(-1, self.dim)
        out = self.mlp(survivors) + survivors
        return out.mean(axis=0)


def make():
    np.random.seed(4)
    tokens = Tensor(np.random.randn(10, 8).astype(np.float32))
    return PrunedEncoderBlock(), (tokens,)
