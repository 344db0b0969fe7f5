# case: iteratively inflates mixture sigmas in a tensor-conditioned while loop until the min density floor is met; shapes fixed -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SigmaFloorAdjuster(nn.Cell):
    """Make sure no component is sharper than a density floor allows."""

    def __init__(self, max_peak=2.0, growth=1.5, max_iters=10):
        super().__init__()
        self.max_peak = max_peak
        self.growth = growth
        self.max_iters = max_iters

    def peak_density(self, sigma):
        return 1.0 / (2.0 * 3.14159265 * sigma[..., 0] * sigma[..., 1])

    def construct(self, sigma):
        it = 0
        while self.peak_density(sigma).max() > self.max_peak and it < self.max_iters:
            sigma = sigma * self.growth
            it += 1
        return sigma


def make():
    np.random.seed(39)
    sigma = np.random.uniform(0.05, 0.6, (3, 4, 2)).astype(np.float32)
    return SigmaFloorAdjuster(), (Tensor(sigma),)
