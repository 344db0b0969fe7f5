# case: fill missed frames of a trajectory by linear interpolation, looping range(gap) where gap comes from frame-index tensor values -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GapInterpolator(nn.Cell):
    def __init__(self, max_gap=10):
        super().__init__()
        self.max_gap = max_gap

    def lerp(self, a, b, w):
        return a * (1.0 - w) + b * w

    def construct(self, box_a, box_b, frame_a, frame_b):
        gap = frame_b - frame_a
        gap = ops.minimum(gap, self.max_gap)
        filled = []
        for i in range(1, gap):
            w = i / gap
            filled.append(self.lerp(box_a, box_b, w))
        filled.append(box_b)
        return ops.stack(filled)


def make():
    np.random.seed(28)
    a = Tensor(np.random.rand(4).astype(np.float32))
    b = Tensor(np.random.rand(4).astype(np.float32))
    return GapInterpolator(), (a, b, Tensor(3, ms.int32), Tensor(7, ms.int32))
