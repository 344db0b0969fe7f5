# case: monodepth-style SSIM+L1 photometric loss with per-pixel minimum over two source frames and auto-masking -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SSIM(nn.Cell):
    def __init__(self, c1=0.01 ** 2, c2=0.03 ** 2):
        super().__init__()
        self.pool = nn.AvgPool2d(3, 1)
        self.pad = nn.ReflectionPad2d(1)
        self.c1 = c1
        self.c2 = c2

    def construct(self, x, y):
        x = self.pad(x)
        y = self.pad(y)
        mu_x = self.pool(x)
        mu_y = self.pool(y)
        sx = self.pool(x * x) - mu_x ** 2
        sy = self.pool(y * y) - mu_y ** 2
        sxy = self.pool(x * y) - mu_x * mu_y
        n = (2 * mu_x * mu_y + self.c1) * (2 * sxy + self.c2)
        d = (mu_x ** 2 + mu_y ** 2 + self.c1) * (sx + sy + self.c2)
        return ops.clamp((1 - n / d) / 2, 0.0, 1.0)


class MinReprojectionLoss(nn.Cell):
    def __init__(self, alpha=0.85, automask=True):
        super().__init__()
        self.ssim = SSIM()
        self.alpha = alpha
        self.automask = automask

    def photometric(self, pred, target):
        l1 = ops.abs(pred - target).mean(axis=1, keep_dims=True)
        ssim = self.ssim(pred, target).mean(axis=1, keep_dims=True)
        return self.alpha * ssim + (1 - self.alpha) * l1

    def construct(self, target, warped_prev, warped_next, src_prev, src_next):
        reproj = ops.cat([self.photometric(warped_prev, target),
                          self.photometric(warped_next, target)], axis=1)
        loss = reproj.min(axis=1)
        if self.automask:
            ident = ops.cat([self.photometric(src_prev, target),
                             self.photometric(src_next, target)], axis=1).min(axis=1)
            mask = (loss < ident).astype(ms.float32)
            return (loss * mask).sum() / ops.maximum(mask.sum(), 1.0)
        return loss.mean()


def make():
    np.random.seed(28)
    t = [Tensor(np.random.rand(1, 3, 8, 10).astype(np.float32)) for _ in range(5)]
    return MinReprojectionLoss(), tuple(t)
