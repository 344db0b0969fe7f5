# case: detects scene cuts from mean absolute frame differences and returns the cut positions with nonzero -> dynamic shape (nonzero output size depends on data)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SceneCutDetector(nn.Cell):
    def __init__(self, threshold=0.25):
        super().__init__()
        self.threshold = threshold

    def frame_diffs(self, clip):
        # clip: (T, C, H, W)
        diff = ops.abs(clip[1:] - clip[:-1])
        return diff.mean(axis=(1, 2, 3))

    def construct(self, clip):
        d = self.frame_diffs(clip)
        is_cut = d > self.threshold
        cut_idx = ops.nonzero(is_cut).squeeze(-1) + 1
        return cut_idx, d


def make():
    np.random.seed(2)
    clip = np.random.rand(6, 3, 8, 8).astype(np.float32) * 0.1
    clip[3:] += 0.8
    return SceneCutDetector(), (Tensor(clip),)
