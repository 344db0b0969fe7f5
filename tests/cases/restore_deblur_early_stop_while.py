# case: iterative deblurring with a while loop that stops when the update norm falls under a tolerance; the state keeps its shape -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class UnrolledGradientDeblur(nn.Cell):
    def __init__(self, channels=1, step=0.5, tol=1e-3, max_iters=10):
        super().__init__()
        self.step = step
        self.tol = tol
        self.max_iters = max_iters
        self.prior = nn.Conv2d(channels, channels, 3, pad_mode="same", has_bias=False)

    def construct(self, blurry, kernel):
        pad = kernel.shape[-1] // 2
        x = blurry
        it = 0
        delta = Tensor(1.0, ms.float32)
        while delta > self.tol and it < self.max_iters:
            residual = ops.conv2d(x, kernel, pad_mode="pad", padding=pad) - blurry
            grad = ops.conv2d(residual, ops.flip(kernel, (2, 3)), pad_mode="pad", padding=pad)
            x_new = x - self.step * (grad + 0.01 * self.prior(x))
            delta = ops.abs(x_new - x).mean()
            x = x_new
            it += 1
        return x


def make():
    np.random.seed(16)
    blurry = Tensor(np.random.rand(1, 1, 10, 10).astype(np.float32))
    k = np.ones((1, 1, 3, 3), dtype=np.float32) / 9.0
    return UnrolledGradientDeblur(), (blurry, Tensor(k))
