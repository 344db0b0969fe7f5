# case: show timeline renders one frame per scene code row, loop bound taken from the input's static shape -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SegmentRenderer(nn.Cell):
    def __init__(self, width=32):
        super().__init__()
        self.width = width
        self.tint = nn.Dense(4, width)

    def construct(self, scene_codes):
        frames = []
        n_segments = scene_codes.shape[0]
        for i in range(n_segments):
            frames.append(ops.sigmoid(self.tint(scene_codes[i:i + 1])))
        return ops.concat(frames, 0)


def make():
    np.random.seed(353)
    codes = Tensor(np.random.randn(6, 4).astype(np.float32))
    return SegmentRenderer(), (codes,)
