# case: unfold a seam intensity profile into fixed-length stitch windows whose count comes from constructor arguments and score each -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class StitchWindowScorer(nn.Cell):
    def __init__(self, n_windows=8, win=5):
        super().__init__()
        self.n_windows = n_windows
        self.win = win
        self.proj = nn.Dense(win, 1)

    def windows(self, profile):
        used = profile[:self.n_windows * self.win]
        return used.reshape(self.n_windows, self.win)

    def construct(self, profile):
        w = self.windows(profile)
        score = ops.sigmoid(self.proj(w)).reshape(-1)
        stitch_count = (score > 0.5).astype(ms.int32).sum()
        return score, stitch_count


def make():
    np.random.seed(32)
    profile = Tensor(np.random.rand(45).astype(np.float32))
    return StitchWindowScorer(), (profile,)
