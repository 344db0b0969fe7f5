# case: show timeline renders as many scene segments as the data-driven segment count says, appending each to a list -> for loop whose count comes from a tensor with a growing list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentRenderer(nn.Cell):
    def __init__(self, width=32):
        super().__init__()
        self.width = width
        self.tint = nn.Dense(4, width)

    def construct(self, scene_codes, n_segments):
        frames = []
        for i in range(int(n_segments)):
            frames.append(ops.sigmoid(self.tint(scene_codes[i:i + 1])))
        return ops.concat(frames, 0)


def make():
    np.random.seed(352)
    codes = Tensor(np.random.randn(10, 4).astype(np.float32))
    return SegmentRenderer(), (codes, Tensor(np.array(6, np.int32)))
