# case: differentiable soft association with a fixed number of log-domain Sinkhorn iterations and a dustbin row/column -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SinkhornAssociation(nn.Cell):
    def __init__(self, iters=5, eps=0.1, dustbin_score=0.0):
        super().__init__()
        self.iters = iters
        self.eps = eps
        self.dustbin = ms.Parameter(Tensor(dustbin_score, ms.float32), name="dustbin")

    def add_dustbin(self, scores):
        n, m = scores.shape
        col = ops.ones((n, 1), scores.dtype) * self.dustbin
        row = ops.ones((1, m + 1), scores.dtype) * self.dustbin
        return ops.concat([ops.concat([scores, col], 1), row], 0)

    def construct(self, sim):
        z = self.add_dustbin(sim) / self.eps
        u = ops.zeros((z.shape[0],), z.dtype)
        v = ops.zeros((z.shape[1],), z.dtype)
        for _ in range(self.iters):
            u = -ops.logsumexp(z + v[None, :], 1)
            v = -ops.logsumexp(z + u[:, None], 0)
        P = ops.exp(z + u[:, None] + v[None, :])
        return P[:-1, :-1]


def make():
    np.random.seed(34)
    sim = Tensor(np.random.rand(4, 5).astype(np.float32))
    return SinkhornAssociation(), (sim,)
