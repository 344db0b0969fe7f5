# case: mosaic of four images around a random center; each quadrant is cut with sizes from the sampled center tensor -> dynamic shape at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Mosaic4(nn.Cell):
    def __init__(self, out_size=16, center_range=(0.25, 0.75)):
        super().__init__()
        self.out_size = out_size
        self.lo = int(out_size * center_range[0])
        self.hi = int(out_size * center_range[1])

    def sample_center(self):
        c = ops.randint(self.lo, self.hi, (2,))
        return c[0], c[1]

    def construct(self, imgs):
        # imgs: (4, C, S, S), one image per quadrant
        s = self.out_size
        cy, cx = self.sample_center()
        top_left = imgs[0][:, :cy, :cx]
        top_right = imgs[1][:, :cy, cx:]
        bottom_left = imgs[2][:, cy:, :cx]
        bottom_right = imgs[3][:, cy:, cx:]
        top = ops.cat((top_left, top_right), axis=2)
        bottom = ops.cat((bottom_left, bottom_right), axis=2)
        return ops.cat((top, bottom), axis=1).reshape(1, -1, s, s)


def make():
    np.random.seed(12)
    imgs = Tensor(np.random.rand(4, 3, 16, 16).astype(np.float32))
    return Mosaic4(), (imgs,)
