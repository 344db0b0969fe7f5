# case: builds a Gaussian kernel with NumPy from a sigma tensor read with .item() and blurs the alpha matte -> host round trip in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlphaFeather(nn.Cell):
    def __init__(self, ksize=5):
        super().__init__()
        self.ksize = ksize

    def kernel(self, sigma):
        r = self.ksize // 2
        xs = np.arange(-r, r + 1, dtype=np.float32)
        g = np.exp(-(xs ** 2) / (2.0 * sigma * sigma))
        k2 = np.outer(g, g)
        k2 = k2 / k2.sum()
        return Tensor(k2.reshape(1, 1, self.ksize, self.ksize).astype(np.float32))

    def construct(self, alpha, sigma):
        k = self.kernel(sigma.item())
        pad = self.ksize // 2
        return ops.conv2d(alpha, k, pad_mode="pad", padding=pad)


def make():
    np.random.seed(15)
    alpha = Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32))
    sigma = Tensor(np.array(1.5, np.float32))
    return AlphaFeather(), (alpha, sigma)
