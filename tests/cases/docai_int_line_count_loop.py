# case: convert the predicted number of text lines to a Python int with int() and loop over that many line features -> error in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LineGroupEncoder(nn.Cell):
    def __init__(self, dim=12):
        super().__init__()
        self.norm = nn.LayerNorm((dim,))

    def construct(self, line_feats, num_lines):
        n = int(num_lines)
        total = ops.zeros((line_feats.shape[1],), ms.float32)
        for i in range(n):
            total = total + line_feats[i]
        return self.norm(total / n)


def make():
    np.random.seed(5)
    feats = Tensor(np.random.randn(10, 12).astype(np.float32))
    return LineGroupEncoder(), (feats, Tensor(6, ms.int32))
