# case: auto gamma correction where the gamma is chosen in Python from float(mean intensity) -> compile error at line 18
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AutoGamma(nn.Cell):
    """Brighten dim widefield images so the mean lands near `target_mean`."""

    def __init__(self, target_mean=0.5, max_gamma=3.0, eps=1e-6):
        super().__init__()
        self.target_mean = target_mean
        self.max_gamma = max_gamma
        self.eps = eps

    def _pick_gamma(self, img):
        mean = float(img.mean())
        gamma = math.log(self.target_mean) / math.log(max(mean, self.eps))
        return min(gamma, self.max_gamma)

    def construct(self, img):
        img = ops.clamp(img, 0.0, 1.0)
        gamma = self._pick_gamma(img)
        return ops.pow(img + self.eps, gamma)


def make():
    np.random.seed(17)
    img = (np.random.rand(1, 1, 16, 16) * 0.3).astype(np.float32)
    return AutoGamma(), (Tensor(img),)
