# case: compute bone-length prior with math.sqrt applied to a tensor sum of squares inside a helper -> error or fallback in graph mode (math on tensor)
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

BONES = [(0, 1), (1, 2), (2, 3), (0, 4), (4, 5)]


class BoneLengthPrior(nn.Cell):
    def __init__(self, ref_lengths=(0.4, 0.4, 0.1, 0.4, 0.4)):
        super().__init__()
        self.bones = BONES
        self.ref = ref_lengths

    def bone_length(self, joints, a, b):
        d = joints[b] - joints[a]
        return math.sqrt((d * d).sum())

    def construct(self, joints):
        loss = 0.0
        for k in range(len(self.bones)):
            a, b = self.bones[k]
            loss = loss + (self.bone_length(joints, a, b) - self.ref[k]) ** 2
        return loss


def make():
    np.random.seed(0)
    joints = Tensor(np.random.randn(6, 3).astype(np.float32) * 0.3)
    return BoneLengthPrior(), (joints,)
