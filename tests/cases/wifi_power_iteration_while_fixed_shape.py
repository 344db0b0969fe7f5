# case: power iteration for the dominant eigenvector of a spatial covariance matrix, looping while the update is large; all shapes fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DominantSteering(nn.Cell):
    def __init__(self, tol=1e-4, max_iter=50):
        super().__init__()
        self.tol = tol
        self.max_iter = max_iter

    def covariance(self, x):
        # x: (n_ant, snapshots)
        return ops.matmul(x, x.T) / x.shape[1]

    def construct(self, x):
        r = self.covariance(x)
        v = ops.ones((x.shape[0], 1), ms.float32)
        v = v / ops.norm(v)
        delta = Tensor(1.0, ms.float32)
        i = Tensor(0, ms.int32)
        while delta > self.tol and i < self.max_iter:
            w = ops.matmul(r, v)
            w = w / ops.norm(w)
            delta = ops.abs(w - v).max()
            v = w
            i = i + 1
        lam = ops.matmul(v.T, ops.matmul(r, v))
        return v.reshape(-1), lam.reshape(()), i


def make():
    np.random.seed(13)
    x = Tensor(np.random.randn(4, 32).astype(np.float32))
    return DominantSteering(), (x,)
