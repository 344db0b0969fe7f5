# case: a layer builds a feed-forward sub-Cell whose MLP name is unbound, before its own unbound LayerNorm line
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FFN(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.mlp = MLP(dim, dim * 2, dim)

    def construct(self, x):
        return self.mlp(x)


class Block(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.ffn = FFN(dim)
        self.norm = LayerNorm(dim)

    def construct(self, x):
        return self.norm(x + self.ffn(x))


def make():
    return Block(), (Tensor(np.ones((2, 8), np.float32)),)
