# case: DARK-style sub-pixel refinement: argmax then Taylor offset from neighbour values gathered with clamped indices -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SubpixelRefiner(nn.Cell):
    def __init__(self, blur_kernel=3, eps=1e-10):
        super().__init__()
        self.eps = eps
        self.blur = nn.AvgPool2d(kernel_size=blur_kernel, stride=1, pad_mode="same")

    def _sample(self, flat, xi, yi, w, h):
        xi = ops.clamp(xi, 0, w - 1)
        yi = ops.clamp(yi, 0, h - 1)
        return ops.gather_elements(flat, 2, (yi * w + xi).expand_dims(-1)).squeeze(-1)

    def construct(self, heat):
        n, k, h, w = heat.shape
        logh = ops.log(ops.clamp(self.blur(heat), min=self.eps))
        flat = logh.reshape(n, k, h * w)
        idx = flat.argmax(axis=-1).astype(ms.int32)
        x, y = idx % w, idx // w
        c = self._sample(flat, x, y, w, h)
        dx = 0.5 * (self._sample(flat, x + 1, y, w, h) - self._sample(flat, x - 1, y, w, h))
        dy = 0.5 * (self._sample(flat, x, y + 1, w, h) - self._sample(flat, x, y - 1, w, h))
        dxx = self._sample(flat, x + 1, y, w, h) - 2 * c + self._sample(flat, x - 1, y, w, h)
        dyy = self._sample(flat, x, y + 1, w, h) - 2 * c + self._sample(flat, x, y - 1, w, h)
        ox = ops.where(ops.abs(dxx) > self.eps, -dx / (dxx - self.eps), ops.zeros_like(dx))
        oy = ops.where(ops.abs(dyy) > self.eps, -dy / (dyy - self.eps), ops.zeros_like(dy))
        return ops.stack([x.astype(ms.float32) + ox, y.astype(ms.float32) + oy], axis=-1)


def make():
    np.random.seed(40)
    hm = np.random.rand(2, 17, 16, 12).astype(np.float32)
    return SubpixelRefiner(), (Tensor(hm),)
