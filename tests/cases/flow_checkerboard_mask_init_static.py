# case: checkerboard affine coupling with the binary mask built in __init__ with NumPy and multiplied in, invert flag as a Python bool -> static graph compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def checkerboard(h, w, invert=False):
    m = ((np.arange(h)[:, None] + np.arange(w)[None, :]) % 2).astype(np.float32)
    if invert:
        m = 1.0 - m
    return Tensor(m.reshape(1, 1, h, w))


class MaskedAffineCoupling(nn.Cell):
    def __init__(self, channels, h, w, invert=False, hidden=8):
        super().__init__()
        self.mask = checkerboard(h, w, invert)
        self.st = nn.SequentialCell(
            nn.Conv2d(channels, hidden, 3, pad_mode="same"), nn.ReLU(),
            nn.Conv2d(hidden, 2 * channels, 3, pad_mode="same"))
        self.rescale = ms.Parameter(Tensor(np.ones((1, channels, 1, 1), np.float32)), name="rescale")

    def construct(self, x):
        x_id = x * self.mask
        s, t = ops.chunk(self.st(x_id), 2, axis=1)
        s = self.rescale * ops.tanh(s) * (1 - self.mask)
        t = t * (1 - self.mask)
        y = x_id + (1 - self.mask) * (x * ops.exp(s) + t)
        logdet = s.reshape(x.shape[0], -1).sum(axis=1)
        return y, logdet


def make():
    np.random.seed(15)
    x = Tensor(np.random.randn(3, 2, 6, 6).astype(np.float32))
    return MaskedAffineCoupling(2, 6, 6, invert=True), (x,)
