# case: splits a keypoint clip into overlapping windows through a generator helper method using yield, pooled inside construct -> generator function in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowedEncoder(nn.Cell):
    def __init__(self, joints=21, window=4, hop=2, hid=8):
        super().__init__()
        self.window = window
        self.hop = hop
        self.fc = nn.Dense(window * joints * 2, hid)

    def iter_windows(self, clip):
        t = clip.shape[0]
        for start in range(0, t - self.window + 1, self.hop):
            yield clip[start:start + self.window]

    def construct(self, clip):
        # clip: (T, 21, 2)
        feats = [self.fc(w.reshape(1, -1)) for w in self.iter_windows(clip)]
        return ops.concat(feats, axis=0).max(axis=0)


def make():
    np.random.seed(25)
    return WindowedEncoder(), (Tensor(np.random.randn(10, 21, 2).astype(np.float32)),)
