# case: invertible 1x1 convolution that computes log|det W| with np.linalg.slogdet on self.weight.asnumpy() inside construct -> host NumPy call on a parameter fails in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class InvConv1x1(nn.Cell):
    def __init__(self, channels):
        super().__init__()
        q, _ = np.linalg.qr(np.random.randn(channels, channels))
        self.weight = Parameter(Tensor(q.astype(np.float32)), name="weight")
        self.conv = ops.Conv2D(out_channel=channels, kernel_size=1)

    def log_abs_det(self):
        _, logabsdet = np.linalg.slogdet(self.weight.asnumpy())
        return Tensor(logabsdet, ms.float32)

    def construct(self, x):
        b, c, h, w = x.shape
        y = self.conv(x, self.weight.reshape(c, c, 1, 1))
        logdet = self.log_abs_det() * h * w
        return y, ops.broadcast_to(logdet, (b,))


def make():
    np.random.seed(18)
    x = Tensor(np.random.randn(2, 4, 5, 5).astype(np.float32))
    return InvConv1x1(4), (x,)
