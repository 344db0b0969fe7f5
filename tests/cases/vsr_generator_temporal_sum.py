# case: temporal fusion that sums per-frame weighted features with a generator expression inside construct -> error or static (generator expressions in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightedTemporalSum(nn.Cell):
    def __init__(self, num_frames=5, mid=6):
        super().__init__()
        self.num_frames = num_frames
        self.embed = nn.Conv2d(3, mid, 3, pad_mode="same")
        self.weights = ms.Parameter(Tensor(np.ones(num_frames, np.float32) / num_frames), name="w")

    def construct(self, clip):
        # clip: (B, T, C, H, W)
        feats = tuple(self.embed(clip[:, i]) for i in range(self.num_frames))
        fused = sum(self.weights[i] * f for i, f in enumerate(feats))
        return fused


def make():
    np.random.seed(23)
    clip = Tensor(np.random.rand(2, 5, 3, 6, 6).astype(np.float32))
    return WeightedTemporalSum(), (clip,)
