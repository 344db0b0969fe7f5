# case: k of a top-k computed by Python from a count read with item(), its indices gathered with ops.gather -> measured
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Retrieve(nn.Cell):
    def __init__(self, max_k=4):
        super().__init__()
        self.max_k = max_k

    def construct(self, scores, items):
        k = max(1, min(int((scores > 0).sum().item()), self.max_k))
        vals, idx = ops.topk(scores, k)
        return vals, ops.gather(items, idx, 0)


def make():
    np.random.seed(7)
    return Retrieve(), (Tensor(np.random.randn(9).astype(np.float32)), Tensor(np.random.randn(9, 3).astype(np.float32)))
