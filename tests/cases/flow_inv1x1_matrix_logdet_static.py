# case: invertible 1x1 convolution using ops.Conv2D with weight reshaped from a square Parameter and log|det| from ops.slogdet, reverse mode through matrix_inverse -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class InvertibleConv1x1(nn.Cell):
    def __init__(self, num_channels, reverse=False):
        super().__init__()
        w_init = np.linalg.qr(np.random.randn(num_channels, num_channels))[0].astype(np.float32)
        self.weight = Parameter(Tensor(w_init), name="weight")
        self.reverse = reverse
        self.conv = ops.Conv2D(out_channel=num_channels, kernel_size=1)
        self.inv = ops.MatrixInverse()

    def get_weight(self, c):
        if self.reverse:
            return self.inv(self.weight).reshape(c, c, 1, 1)
        return self.weight.reshape(c, c, 1, 1)

    def construct(self, x):
        b, c, h, w = x.shape
        _, logabsdet = ops.slogdet(self.weight)
        dlogdet = logabsdet * (h * w)
        if self.reverse:
            dlogdet = -dlogdet
        z = self.conv(x, self.get_weight(c))
        return z, ops.broadcast_to(dlogdet, (b,))


def make():
    np.random.seed(20)
    x = Tensor(np.random.randn(2, 4, 3, 3).astype(np.float32))
    return InvertibleConv1x1(4, reverse=True), (x,)
