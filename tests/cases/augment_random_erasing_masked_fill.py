# case: random erasing expressed as masked_fill over a per-sample rectangular mask built from broadcast comparisons -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatchRandomErasing(nn.Cell):
    def __init__(self, p=0.5, scale=(0.02, 0.2), value=0.0):
        super().__init__()
        self.p = p
        self.scale = scale
        self.value = value

    def rect_mask(self, n, h, w):
        frac = ops.uniform((n, 1, 1), Tensor(self.scale[0]), Tensor(self.scale[1]))
        side = ops.sqrt(frac)
        top = ops.rand((n, 1, 1)) * (1.0 - side)
        left = ops.rand((n, 1, 1)) * (1.0 - side)
        ys = ops.linspace(0.0, 1.0, h).reshape(1, h, 1)
        xs = ops.linspace(0.0, 1.0, w).reshape(1, 1, w)
        inside_y = (ys >= top) & (ys <= top + side)
        inside_x = (xs >= left) & (xs <= left + side)
        return inside_y & inside_x

    def construct(self, images):
        n, c, h, w = images.shape
        mask = self.rect_mask(n, h, w)
        apply = ops.rand((n, 1, 1)) < self.p
        mask = (mask & apply).expand_dims(1)
        mask = ops.broadcast_to(mask, (n, c, h, w))
        return ops.masked_fill(images, mask, Tensor(self.value, ms.float32))


def make():
    np.random.seed(4)
    x = Tensor(np.random.rand(2, 3, 12, 12).astype(np.float32))
    return BatchRandomErasing(), (x,)
