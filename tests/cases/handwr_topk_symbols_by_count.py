# case: picks the top-k symbol proposals where k is the number of strokes counted from pen-up flags -> topk with k taken from tensor data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProposalSelector(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.score = nn.Dense(dim, 1)

    def construct(self, proposals, pen_up):
        s = self.score(proposals).reshape(-1)
        k = pen_up.sum().astype(ms.int32)
        vals, idx = ops.topk(s, k)
        return ops.gather(proposals, idx, 0), vals


def make():
    np.random.seed(15)
    props = Tensor(np.random.randn(10, 8).astype(np.float32))
    pen = np.zeros(20, np.float32)
    pen[[5, 11, 19]] = 1.0
    return ProposalSelector(), (props, Tensor(pen))
