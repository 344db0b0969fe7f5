# case: Richardson-Lucy deconvolution unrolled for a fixed number of iterations from config, PSF passed as a tensor -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RichardsonLucy(nn.Cell):
    def __init__(self, num_iters=5, eps=1e-4, clip=True):
        super().__init__()
        self.num_iters = num_iters
        self.eps = eps
        self.clip = clip

    def blur(self, img, psf):
        k = psf.shape[-1]
        return ops.conv2d(img, psf, pad_mode="pad", padding=k // 2)

    def construct(self, blurred, psf):
        psf_flip = ops.flip(psf, (2, 3))
        est = ops.ones_like(blurred) * blurred.mean()
        for _ in range(self.num_iters):
            ratio = blurred / (self.blur(est, psf) + self.eps)
            est = est * self.blur(ratio, psf_flip)
        if self.clip:
            est = ops.clamp(est, 0.0, 1.0)
        return est


def make():
    np.random.seed(15)
    blurred = Tensor(np.random.rand(1, 1, 12, 12).astype(np.float32))
    g = np.exp(-((np.arange(5) - 2) ** 2) / 2.0)
    psf = np.outer(g, g)
    psf = (psf / psf.sum()).astype(np.float32)[None, None]
    return RichardsonLucy(), (blurred, Tensor(psf))
