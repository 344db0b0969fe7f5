# case: cutout whose settings live in an @ms.jit_class config object held by the Cell; mask built with fixed-size comparisons -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CutoutConfig:
    def __init__(self, size=4, n_holes=2, fill=0.5):
        self.size = size
        self.n_holes = n_holes
        self.fill = fill

    def half(self):
        return self.size // 2


class Cutout(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        self.cfg = CutoutConfig() if cfg is None else cfg

    def hole(self, h, w):
        cy = ops.randint(0, h, (1, 1))
        cx = ops.randint(0, w, (1, 1))
        ys = ops.arange(h).reshape(-1, 1)
        xs = ops.arange(w).reshape(1, -1)
        r = self.cfg.half()
        return (ops.abs(ys - cy) <= r) & (ops.abs(xs - cx) <= r)

    def construct(self, img):
        h, w = img.shape[-2], img.shape[-1]
        mask = ops.zeros((h, w), ms.bool_)
        for _ in range(self.cfg.n_holes):
            mask = mask | self.hole(h, w)
        return ops.masked_fill(img, mask, Tensor(self.cfg.fill, ms.float32))


def make():
    np.random.seed(27)
    img = Tensor(np.random.rand(3, 12, 12).astype(np.float32))
    return Cutout(), (img,)
