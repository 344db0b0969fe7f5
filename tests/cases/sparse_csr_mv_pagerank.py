# case: three fixed PageRank iterations with CSRTensor.mv in an unrolled Python loop (near miss)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, CSRTensor


class PageRank(nn.Cell):
    def __init__(self, n=3, iters=3, damping=0.85):
        super().__init__()
        self.n = n
        self.iters = iters
        self.d = damping

    def construct(self, indptr, indices, vals):
        m = CSRTensor(indptr, indices, vals, (self.n, self.n))
        r = ops.ones((self.n, 1), ms.float32) / self.n
        for _ in range(self.iters):
            r = (1 - self.d) / self.n + self.d * m.mv(r)
        return r


def make():
    return PageRank(), (Tensor(np.array([0, 1, 2, 3], np.int32)), Tensor(np.array([1, 2, 0], np.int32)),
                        Tensor(np.ones(3, np.float32)))
