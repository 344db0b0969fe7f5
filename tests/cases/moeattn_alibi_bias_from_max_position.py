# case: ALiBi bias for packed sequences whose relative-distance table is sized by int(position_ids.max()) + 1 and then indexed by the position ids -> dynamic shape at line 25
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def alibi_slopes(num_heads):
    closest = 2 ** math.floor(math.log2(num_heads))
    base = 2 ** (-(2 ** -(math.log2(closest) - 3)))
    slopes = [base ** (i + 1) for i in range(closest)]
    if closest != num_heads:
        extra = 2 ** (-(2 ** -(math.log2(2 * closest) - 3)))
        slopes += [extra ** (2 * i + 1) for i in range(num_heads - closest)]
    return np.array(slopes, dtype=np.float32)


class ALiBiAttention(nn.Cell):
    def __init__(self, num_heads=4, head_dim=8):
        super().__init__()
        self.slopes = Tensor(alibi_slopes(num_heads)).reshape(-1, 1, 1)
        self.scale = head_dim ** -0.5

    def _bias(self, position_ids):
        span = int(position_ids.max()) + 1
        rel = ops.arange(span, dtype=ms.float32)
        table = -ops.abs(rel.reshape(-1, 1) - rel.reshape(1, -1))
        pos = position_ids.astype(ms.int32)
        rows = ops.gather(table, pos, 0)
        return ops.gather(rows, pos, 1) * self.slopes

    def construct(self, q, k, v, position_ids):
        scores = ops.matmul(q, k.swapaxes(-1, -2)) * self.scale + self._bias(position_ids)
        return ops.matmul(ops.softmax(scores, axis=-1), v)


def make():
    np.random.seed(18)
    q = Tensor(np.random.randn(4, 6, 8).astype(np.float32))
    k = Tensor(np.random.randn(4, 6, 8).astype(np.float32))
    v = Tensor(np.random.randn(4, 6, 8).astype(np.float32))
    pos = Tensor(np.array([0, 1, 2, 0, 1, 2], dtype=np.int32))
    return ALiBiAttention(), (q, k, v, pos)
