# case: Gaussian smoothing before thresholding where the kernel is built with NumPy inside construct from a config sigma -> compile error at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SmoothThreshold(nn.Cell):
    def __init__(self, sigma=1.0, radius=2, threshold=0.5):
        super().__init__()
        self.sigma = sigma
        self.radius = radius
        self.threshold = threshold

    def _kernel(self):
        ax = np.arange(-self.radius, self.radius + 1, dtype=np.float32)
        k = np.exp(-(ax[:, None] ** 2 + ax[None, :] ** 2) / (2.0 * self.sigma ** 2))
        k = k / k.sum()
        return Tensor(k.reshape(1, 1, k.shape[0], k.shape[1]), ms.float32)

    def construct(self, img):
        smooth = ops.conv2d(img, self._kernel(), pad_mode="same")
        mask = smooth > self.threshold
        return smooth, mask.astype(ms.float32)


def make():
    np.random.seed(34)
    img = np.random.rand(1, 1, 16, 16).astype(np.float32)
    return SmoothThreshold(), (Tensor(img),)
