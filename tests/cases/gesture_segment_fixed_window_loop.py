# case: splits a clip into a constant number of equal windows derived from x.shape and pools each in a Python for loop -> static shapes in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowPooler(nn.Cell):
    def __init__(self, num_windows=4, feat_dim=42, hidden=16):
        super().__init__()
        self.num_windows = num_windows
        self.proj = nn.Dense(feat_dim, hidden)

    def construct(self, keypoints):
        t = keypoints.shape[0]
        frames = keypoints.reshape(t, -1)
        win = t // self.num_windows
        pooled = []
        for w in range(self.num_windows):
            chunk = frames[w * win:(w + 1) * win]
            pooled.append(chunk.mean(axis=0))
        stacked = ops.stack(pooled, axis=0)
        return self.proj(stacked)


def make():
    np.random.seed(18)
    kp = Tensor(np.random.randn(16, 21, 2).astype(np.float32))
    return WindowPooler(), (kp,)
