# case: sigma-clipped sky level iterated in a while loop on a tensor convergence test, with the clip mask multiplied in so shapes never change -> static shapes despite tensor loop condition
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SigmaClipSky(nn.Cell):
    def __init__(self, nsigma=3.0, tol=1e-3, max_iter=10):
        super().__init__()
        self.nsigma = nsigma
        self.tol = tol
        self.max_iter = max_iter

    def clipped_stats(self, x, w):
        n = w.sum()
        mu = (x * w).sum() / n
        var = (w * (x - mu) ** 2).sum() / n
        return mu, ops.sqrt(var)

    def construct(self, img):
        x = img.reshape(-1)
        w = ops.ones_like(x)
        mu, sd = self.clipped_stats(x, w)
        delta = mu
        it = 0
        while delta > self.tol and it < self.max_iter:
            w = (ops.abs(x - mu) < self.nsigma * sd).astype(ms.float32)
            new_mu, sd = self.clipped_stats(x, w)
            delta = ops.abs(new_mu - mu)
            mu = new_mu
            it += 1
        return mu, sd


def make():
    np.random.seed(40)
    img = np.random.normal(120.0, 6.0, (12, 12)).astype(np.float32)
    img[2:4, 6:9] += 500.0
    return SigmaClipSky(), (Tensor(img),)
