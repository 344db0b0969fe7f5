# case: PaDiM inverse covariance computed in construct with try/except fallback to a regularised inverse -> compile error at line 20
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PadimScorer(nn.Cell):
    def __init__(self, mean, cov, reg=0.01):
        super().__init__()
        self.mean = Tensor(mean)
        self.cov = Tensor(cov)
        self.reg = reg

    def mahalanobis(self, x, mu, inv):
        d = x - mu
        return ops.sqrt((ops.matmul(d, inv) * d).sum(axis=-1))

    def construct(self, emb):
        eye = ops.eye(self.cov.shape[-1], self.cov.shape[-1], ms.float32)
        try:
            inv = ops.inverse(self.cov)
        except RuntimeError:
            inv = ops.inverse(self.cov + self.reg * eye)
        return self.mahalanobis(emb, self.mean, inv)


def make():
    np.random.seed(18)
    a = np.random.randn(6, 6).astype(np.float32)
    cov = (a @ a.T / 6 + np.eye(6)).astype(np.float32)
    mean = np.random.randn(6).astype(np.float32)
    emb = np.random.randn(10, 6).astype(np.float32)
    return PadimScorer(mean, cov), (Tensor(emb),)
