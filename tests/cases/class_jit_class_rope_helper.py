# case: a rotary-position helper decorated with ms.jit_class, created in __init__ and called from construct (its method slices precomputed cos/sin tables by seq length from .shape); expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class RopeTables:
    def __init__(self, dim, max_len):
        inv = 1.0 / (10000 ** (np.arange(0, dim, 2, dtype=np.float32) / dim))
        ang = np.outer(np.arange(max_len, dtype=np.float32), inv)
        self.cos = Tensor(np.cos(ang))
        self.sin = Tensor(np.sin(ang))

    def apply(self, x):
        seq = x.shape[1]
        x1, x2 = x[..., 0::2], x[..., 1::2]
        cos, sin = self.cos[:seq], self.sin[:seq]
        return ops.cat((x1 * cos - x2 * sin, x1 * sin + x2 * cos), axis=-1)


class RopeQK(nn.Cell):
    def __init__(self, dim=8, max_len=16):
        super().__init__()
        self.rope = RopeTables(dim, max_len)
        self.q = nn.Dense(dim, dim)
        self.k = nn.Dense(dim, dim)

    def construct(self, x):
        q = self.rope.apply(self.q(x))
        k = self.rope.apply(self.k(x))
        return ops.bmm(q, k.swapaxes(1, 2))


def make():
    x = Tensor(np.random.randn(2, 5, 8).astype(np.float32))
    return RopeQK(), (x,)
