# case: kill-streak extractor loops while the next frame still has a kill and concatenates frames into a growing clip -> while on tensor value with growing concat shape, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KillStreakClipper(nn.Cell):
    def __init__(self, max_frames=16):
        super().__init__()
        self.max_frames = max_frames

    def construct(self, frame_feats, kill_flags):
        clip = frame_feats[0:1]
        idx = Tensor(1, ms.int32)
        while idx < self.max_frames and kill_flags[idx] > 0:
            clip = ops.concat((clip, frame_feats[idx:idx + 1]), axis=0)
            idx = idx + 1
        return clip.mean(axis=0)


def make():
    np.random.seed(2)
    frames = Tensor(np.random.randn(16, 6).astype(np.float32))
    kills = Tensor(np.array([1, 1, 1, 1, 0, 1, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0], dtype=np.int32))
    return KillStreakClipper(16), (frames, kills)
