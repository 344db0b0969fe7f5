# case: converts hand joints to bone vectors by gathering a fixed parent index list -> constant indices, static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PARENTS = [0, 0, 1, 2, 3, 0, 5, 6, 7, 0, 9, 10, 11, 0, 13, 14, 15, 0, 17, 18, 19]


class BoneFeatures(nn.Cell):
    def __init__(self, normalise=True):
        super().__init__()
        self.parents = Tensor(np.array(PARENTS, np.int32))
        self.normalise = normalise

    def construct(self, hand):
        # hand: (B, T, 21, 3)
        parent_pos = ops.gather(hand, self.parents, 2)
        bones = hand - parent_pos
        if self.normalise:
            length = ops.norm(bones, dim=-1, keepdim=True)
            bones = bones / (length + 1e-6)
        return bones


def make():
    np.random.seed(38)
    return BoneFeatures(), (Tensor(np.random.randn(2, 5, 21, 3).astype(np.float32)),)
