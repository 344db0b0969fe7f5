# case: adaptive kNN where k is a tensor argument converted with int() and passed to the TopK primitive; k is only known at run time, expect dynamic at LAX and STRICT
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveKNN(nn.Cell):
    def __init__(self):
        super().__init__()
        self.topk = ops.TopK(sorted=True)

    def construct(self, pts, k):
        b, n, c = pts.shape
        d = ops.cdist(pts, pts)
        vals, idx = self.topk(-d, int(k))
        weight = ops.softmax(vals, -1)
        flat = pts.reshape(b * n, c)
        offset = (ops.arange(b) * n).reshape(-1, 1, 1)
        nbrs = ops.gather(flat, (idx + offset).reshape(-1), 0).reshape(b, n, -1, c)
        return (weight.expand_dims(-1) * nbrs).sum(2)


def make():
    pts = Tensor(np.random.RandomState(5).randn(2, 20, 3).astype(np.float32))
    return AdaptiveKNN(), (pts, Tensor(6, ms.int32))
