# case: per-position Gaussian fit in construct then np.linalg.inv on the covariance tensor for Mahalanobis maps -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PadimFitAndScore(nn.Cell):
    def __init__(self, eps=0.01):
        super().__init__()
        self.eps = eps

    def fit(self, train_emb):
        n, c = train_emb.shape[0], train_emb.shape[1]
        x = train_emb.reshape(n, c, -1).transpose(2, 0, 1)     # (P, N, C)
        mean = x.mean(axis=1, keep_dims=True)
        d = x - mean
        cov = ops.bmm(d.transpose(0, 2, 1), d) / (n - 1)
        cov = cov + self.eps * ops.eye(c, c, ms.float32)
        return mean, Tensor(np.linalg.inv(cov.asnumpy()))

    def construct(self, train_emb, test_emb):
        mean, inv = self.fit(train_emb)
        b, c, h, w = test_emb.shape
        t = test_emb.reshape(b, c, -1).transpose(2, 0, 1) - mean
        m = (ops.bmm(t, inv) * t).sum(axis=-1)
        return ops.sqrt(m).transpose(1, 0).reshape(b, h, w)


def make():
    np.random.seed(20)
    train = np.random.randn(10, 3, 4, 4).astype(np.float32)
    test = np.random.randn(2, 3, 4, 4).astype(np.float32)
    return PadimFitAndScore(), (Tensor(train), Tensor(test))
