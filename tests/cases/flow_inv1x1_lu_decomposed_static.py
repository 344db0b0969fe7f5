# case: LU-decomposed invertible 1x1 convolution: W = P L (U + diag(sign*exp(log_s))) with fixed masks from __init__, logdet = h*w*sum(log_s) -> static graph compiles fine
import numpy as np
import scipy.linalg
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class InvConv1x1LU(nn.Cell):
    def __init__(self, c):
        super().__init__()
        w0 = np.linalg.qr(np.random.randn(c, c))[0].astype(np.float32)
        p, l, u = scipy.linalg.lu(w0)
        s = np.diag(u)
        self.p = Tensor(p.astype(np.float32))
        self.sign_s = Tensor(np.sign(s).astype(np.float32))
        self.l_mask = Tensor(np.tril(np.ones((c, c), np.float32), -1))
        self.eye = Tensor(np.eye(c, dtype=np.float32))
        self.l = Parameter(Tensor(l.astype(np.float32)), name="l")
        self.u = Parameter(Tensor(np.triu(u, 1).astype(np.float32)), name="u")
        self.log_s = Parameter(Tensor(np.log(np.abs(s)).astype(np.float32)), name="log_s")

    def weight(self):
        l = self.l * self.l_mask + self.eye
        u = self.u * self.l_mask.T + ops.diag(self.sign_s * ops.exp(self.log_s))
        return ops.matmul(self.p, ops.matmul(l, u))

    def construct(self, x):
        b, c, h, w = x.shape
        wmat = self.weight()
        y = ops.matmul(wmat, x.reshape(b, c, h * w)).reshape(b, c, h, w)
        logdet = self.log_s.sum() * (h * w)
        return y, ops.ones((b,), ms.float32) * logdet


def make():
    np.random.seed(19)
    x = Tensor(np.random.randn(2, 3, 4, 4).astype(np.float32))
    return InvConv1x1LU(3), (x,)
