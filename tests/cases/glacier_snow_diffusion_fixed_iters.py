# case: snow-depth field smoothed by a fixed number of explicit diffusion iterations set in the constructor -> static shapes, constant loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SnowDiffusion(nn.Cell):
    def __init__(self, n_iter=4, kappa=0.2):
        super().__init__()
        self.n_iter = n_iter
        self.kappa = kappa
        lap = np.array([[0, 1, 0], [1, -4, 1], [0, 1, 0]], dtype=np.float32)
        self.lap = Tensor(lap.reshape(1, 1, 3, 3))

    def laplacian(self, h):
        padded = ops.pad(h, (1, 1, 1, 1), mode="replicate")
        return ops.conv2d(padded, self.lap)

    def construct(self, depth):
        h = depth
        for _ in range(self.n_iter):
            h = h + self.kappa * self.laplacian(h)
        return h


def make():
    np.random.seed(36)
    d = Tensor(np.random.uniform(0, 3, size=(1, 1, 12, 12)).astype(np.float32))
    return SnowDiffusion(), (d,)
