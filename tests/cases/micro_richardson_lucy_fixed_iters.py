# case: Richardson-Lucy deconvolution with a fixed Gaussian PSF and a config-fixed number of iterations -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def gaussian_psf(size=7, sigma=1.5):
    ax = np.arange(size, dtype=np.float32) - (size - 1) / 2.0
    k = np.exp(-(ax[:, None] ** 2 + ax[None, :] ** 2) / (2 * sigma ** 2))
    return (k / k.sum()).astype(np.float32)


class RichardsonLucy(nn.Cell):
    def __init__(self, num_iter=10, psf_size=7, sigma=1.5, eps=1e-7):
        super().__init__()
        psf = gaussian_psf(psf_size, sigma)
        self.psf = Tensor(psf.reshape(1, 1, psf_size, psf_size))
        self.psf_mirror = Tensor(psf[::-1, ::-1].copy().reshape(1, 1, psf_size, psf_size))
        self.pad = psf_size // 2
        self.num_iter = num_iter
        self.eps = eps

    def _blur(self, x, kernel):
        return ops.conv2d(x, kernel, pad_mode="pad", padding=self.pad)

    def construct(self, observed):
        estimate = ops.ones_like(observed) * observed.mean()
        for _ in range(self.num_iter):
            ratio = observed / (self._blur(estimate, self.psf) + self.eps)
            estimate = estimate * self._blur(ratio, self.psf_mirror)
        return estimate


def make():
    np.random.seed(7)
    img = np.random.rand(1, 1, 24, 24).astype(np.float32) + 0.1
    return RichardsonLucy(), (Tensor(img),)
