# case: split a tooth strip into crown and root halves with sizes from x.shape and a constructor ratio -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CrownRootSplit(nn.Cell):
    def __init__(self, crown_ratio=0.4):
        super().__init__()
        self.crown_ratio = crown_ratio

    def construct(self, strip):
        h = strip.shape[-2]
        cej_row = int(h * self.crown_ratio)
        crown = strip[..., :cej_row, :]
        root = strip[..., cej_row:, :]
        crown_density = crown.mean(axis=(-2, -1))
        root_density = root.mean(axis=(-2, -1))
        return crown_density / (root_density + 1e-4)


def make():
    np.random.seed(17)
    strip = np.random.rand(6, 1, 40, 12).astype(np.float32)
    return CrownRootSplit(), (Tensor(strip),)
