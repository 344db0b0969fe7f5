# case: GLU-style gate splits channels in half using x.shape[-1] // 2 (shape-derived bounds); expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GatedLinear(nn.Cell):
    def __init__(self, d_in=8, d_out=6):
        super().__init__()
        self.proj = nn.Dense(d_in, 2 * d_out)

    def construct(self, x):
        h = self.proj(x)
        half = h.shape[-1] // 2
        a = h[..., :half]
        g = h[..., half:]
        return a * ops.sigmoid(g)


class Block(nn.Cell):
    def __init__(self):
        super().__init__()
        self.glu = GatedLinear()
        self.norm = nn.LayerNorm((6,))

    def construct(self, x):
        return self.norm(self.glu(x))


def make():
    return Block(), (Tensor(np.ones((2, 5, 8), np.float32)),)
