# case: @ms.jit SSIM loss with a Gaussian window built from Python constants and a fixed-size validity mask via ops.where -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def gaussian_window(size=5, sigma=1.5, channels=3):
    g = [math.exp(-((i - size // 2) ** 2) / (2 * sigma ** 2)) for i in range(size)]
    g = np.array(g, dtype=np.float32)
    g2 = np.outer(g / g.sum(), g / g.sum()).astype(np.float32)
    return Tensor(np.tile(g2[None, None], (channels, 1, 1, 1)))


WINDOW = gaussian_window()


@ms.jit
def ssim_loss(x, y, valid):
    c = x.shape[1]
    c1, c2 = 0.01 ** 2, 0.03 ** 2
    mu_x = ops.conv2d(x, WINDOW, groups=c, pad_mode="same")
    mu_y = ops.conv2d(y, WINDOW, groups=c, pad_mode="same")
    sxx = ops.conv2d(x * x, WINDOW, groups=c, pad_mode="same") - mu_x ** 2
    syy = ops.conv2d(y * y, WINDOW, groups=c, pad_mode="same") - mu_y ** 2
    sxy = ops.conv2d(x * y, WINDOW, groups=c, pad_mode="same") - mu_x * mu_y
    ssim = ((2 * mu_x * mu_y + c1) * (2 * sxy + c2)) / ((mu_x ** 2 + mu_y ** 2 + c1) * (sxx + syy + c2))
    ssim = ops.where(ops.broadcast_to(valid, ssim.shape) > 0, ssim, ops.ones_like(ssim))
    return 1.0 - ssim.mean()


def make():
    np.random.seed(34)
    x = Tensor(np.random.rand(1, 3, 10, 10).astype(np.float32))
    y = Tensor(np.random.rand(1, 3, 10, 10).astype(np.float32))
    valid = Tensor((np.random.rand(1, 1, 10, 10) > 0.1).astype(np.float32))
    return ssim_loss, (x, y, valid)
