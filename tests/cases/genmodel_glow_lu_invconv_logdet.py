# case: Glow invertible 1x1 convolution in LU parametrisation with log-det from sum(log|s|) times spatial size -> static
import numpy as np
import scipy.linalg
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class InvConv1x1LU(nn.Cell):
    def __init__(self, channels=4, seed=0):
        super().__init__()
        q, _ = np.linalg.qr(np.random.RandomState(seed).randn(channels, channels))
        p, l, u = scipy.linalg.lu(q.astype(np.float32))
        s = np.diag(u)
        self.p = Tensor(p.astype(np.float32))
        self.l = Parameter(Tensor(l.astype(np.float32)), name="l")
        self.u = Parameter(Tensor(np.triu(u, 1).astype(np.float32)), name="u")
        self.log_s = Parameter(Tensor(np.log(np.abs(s)).astype(np.float32)), name="log_s")
        self.sign_s = Tensor(np.sign(s).astype(np.float32))
        self.l_mask = Tensor(np.tril(np.ones((channels, channels), np.float32), -1))
        self.eye = Tensor(np.eye(channels, dtype=np.float32))

    def weight(self):
        l = self.l * self.l_mask + self.eye
        u = self.u * self.l_mask.T + ops.diag(self.sign_s * ops.exp(self.log_s))
        return ops.matmul(self.p, ops.matmul(l, u))

    def construct(self, x):
        b, c, h, w = x.shape
        wmat = self.weight()
        y = ops.matmul(wmat, x.reshape(b, c, h * w)).reshape(b, c, h, w)
        logdet = self.log_s.sum() * h * w
        return y, ops.broadcast_to(logdet, (b,))


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(2, 4, 3, 3).astype(np.float32))
    return InvConv1x1LU(), (x,)
