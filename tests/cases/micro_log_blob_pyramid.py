# case: multi-scale Laplacian-of-Gaussian blob response with a CellList of fixed kernels and resize back to input size -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def log_kernel(sigma, size):
    ax = np.arange(size, dtype=np.float32) - (size - 1) / 2.0
    r2 = ax[:, None] ** 2 + ax[None, :] ** 2
    k = (r2 - 2 * sigma ** 2) / (sigma ** 4) * np.exp(-r2 / (2 * sigma ** 2))
    k = k - k.mean()
    return (-sigma ** 2 * k).astype(np.float32).reshape(1, 1, size, size)


class LoGScale(nn.Cell):
    def __init__(self, sigma, size=9):
        super().__init__()
        self.kernel = Tensor(log_kernel(sigma, size))

    def construct(self, x):
        return ops.conv2d(x, self.kernel, pad_mode="same")


class BlobPyramid(nn.Cell):
    def __init__(self, sigmas=(1.0, 2.0, 3.0), downsample=2):
        super().__init__()
        self.scales = nn.CellList([LoGScale(s) for s in sigmas])
        self.down = nn.AvgPool2d(kernel_size=downsample, stride=downsample)

    def construct(self, img):
        h, w = img.shape[-2:]
        small = self.down(img)
        responses = []
        for scale in self.scales:
            r = scale(small)
            responses.append(ops.interpolate(r, size=(h, w), mode="bilinear"))
        stack = ops.concat(responses, axis=1)
        return stack.max(axis=1), stack.argmax(axis=1)


def make():
    np.random.seed(31)
    img = np.random.rand(1, 1, 32, 32).astype(np.float32)
    return BlobPyramid(), (Tensor(img),)
