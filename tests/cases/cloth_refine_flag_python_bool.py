# case: try-on generator with a constructor flag (Python bool) that enables an extra refinement sub-Cell -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RefineBlock(nn.Cell):
    def __init__(self, ch):
        super().__init__()
        self.conv1 = nn.Conv2d(ch, ch, 3, pad_mode="same")
        self.conv2 = nn.Conv2d(ch, ch, 3, pad_mode="same")

    def construct(self, x):
        return x + self.conv2(ops.relu(self.conv1(x)))


class TryOnGenerator(nn.Cell):
    def __init__(self, ch=6, use_refine=True):
        super().__init__()
        self.use_refine = use_refine
        self.fuse = nn.Conv2d(ch, 3, 1)
        self.refine = RefineBlock(3)

    def construct(self, warped_cloth, person_agnostic):
        x = self.fuse(ops.concat([warped_cloth, person_agnostic], axis=1))
        if self.use_refine:
            x = self.refine(x)
        return ops.tanh(x)


def make():
    np.random.seed(37)
    wc = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    pa = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    return TryOnGenerator(), (wc, pa)
