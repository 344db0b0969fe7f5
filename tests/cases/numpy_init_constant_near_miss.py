# case: numpy used only in __init__ to build a constant mask Tensor attribute; expect static at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CausalAttn(nn.Cell):
    def __init__(self, seq=5):
        super().__init__()
        mask = np.triu(np.ones((seq, seq), np.float32), k=1) * -1e9
        self.mask = Tensor(mask)

    def construct(self, q, k):
        scores = ops.matmul(q, k.swapaxes(-1, -2)) + self.mask
        return ops.softmax(scores, axis=-1)


def make():
    q = Tensor(np.random.rand(2, 5, 4).astype(np.float32))
    return CausalAttn(), (q, q)
