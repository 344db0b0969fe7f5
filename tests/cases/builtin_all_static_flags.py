# case: builtin all()/any() over a tuple of Python config flags picks a branch; compile-time only, expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Block(nn.Cell):
    def __init__(self, use_bias=True, use_act=True, use_norm=False):
        super().__init__()
        self.flags = (use_bias, use_act, use_norm)
        self.dense = nn.Dense(8, 8, has_bias=use_bias)
        self.norm = nn.LayerNorm((8,))

    def construct(self, x):
        y = self.dense(x)
        if all(self.flags):
            y = self.norm(ops.relu(y))
        elif any(self.flags[1:]):
            y = ops.relu(y)
        return y


def make():
    return Block(), (Tensor(np.ones((2, 8), np.float32)),)
