# case: crops a fixed-size patch whose offsets come from a config object at construction time -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchConfig:
    def __init__(self, top=6, left=4, size=10):
        self.top = top
        self.left = left
        self.size = size


class FixedPatch(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.y0 = cfg.top
        self.x0 = cfg.left
        self.y1 = cfg.top + cfg.size
        self.x1 = cfg.left + cfg.size

    def construct(self, image, mask):
        img_p = image[:, :, self.y0:self.y1, self.x0:self.x1]
        msk_p = mask[:, :, self.y0:self.y1, self.x0:self.x1]
        frac = msk_p.mean(axis=(1, 2, 3))
        return img_p, msk_p, frac


def make():
    np.random.seed(34)
    img = np.random.rand(2, 1, 24, 24).astype(np.float32)
    m = (np.random.rand(2, 1, 24, 24) > 0.7).astype(np.float32)
    return FixedPatch(PatchConfig()), (Tensor(img), Tensor(m))
