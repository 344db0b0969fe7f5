# case: flow pyramid built with a Python loop over range(config.num_levels), stopping early when feat.shape[-1] < min_size (shape, not data) and collecting levels in a list -> static shapes, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PyramidConfig:
    def __init__(self, num_levels=4, min_size=4, hidden=8, return_all_levels=True):
        self.num_levels = num_levels
        self.min_size = min_size
        self.hidden = hidden
        self.return_all_levels = return_all_levels


class FeaturePyramid(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_levels = config.num_levels
        self.min_size = config.min_size
        self.return_all = config.return_all_levels
        self.stem = nn.Conv2d(3, config.hidden, 3, pad_mode="same")
        self.downs = nn.CellList([
            nn.Conv2d(config.hidden, config.hidden, 3, stride=2, pad_mode="same")
            for _ in range(config.num_levels - 1)
        ])

    def construct(self, frame):
        feat = self.stem(frame)
        levels = [feat]
        for down in self.downs:
            if feat.shape[-1] // 2 < self.min_size:
                break
            feat = ops.relu(down(feat))
            levels.append(feat)
        if self.return_all:
            return tuple(levels)
        return levels[-1]


def make():
    np.random.seed(37434)
    frame = Tensor(np.random.rand(1, 3, 32, 32).astype(np.float32))
    return FeaturePyramid(PyramidConfig()), (frame,)
