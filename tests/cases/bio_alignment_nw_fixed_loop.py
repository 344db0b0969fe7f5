# case: Needleman-Wunsch global alignment score with linear gaps over a small fixed-size DP table filled by constant Python loops -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class NeedlemanWunsch(nn.Cell):
    def __init__(self, match=2.0, mismatch=-1.0, gap=-2.0):
        super().__init__()
        self.match = match
        self.mismatch = mismatch
        self.gap = gap

    def construct(self, a, b):
        la = a.shape[0]
        lb = b.shape[0]
        eq = a.expand_dims(1) == b.expand_dims(0)
        sub = ops.select(eq, ops.full(eq.shape, self.match, dtype=ms.float32),
                         ops.full(eq.shape, self.mismatch, dtype=ms.float32))
        prev = ops.arange(lb + 1).astype(ms.float32) * self.gap
        for i in range(la):
            row = [prev[0:1] + self.gap]
            for j in range(lb):
                diag = prev[j:j + 1] + sub[i, j:j + 1]
                up = prev[j + 1:j + 2] + self.gap
                left = row[j] + self.gap
                row.append(ops.maximum(ops.maximum(diag, up), left))
            prev = ops.concat(row)
        return prev[lb]


def make():
    np.random.seed(13)
    a = Tensor(np.random.randint(0, 4, size=(5,)).astype(np.int32))
    b = Tensor(np.random.randint(0, 4, size=(4,)).astype(np.int32))
    return NeedlemanWunsch(), (a, b)
