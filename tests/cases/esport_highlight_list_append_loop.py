# case: clip builder loops over telemetry windows and appends a window to a Python list only when its hype score tensor exceeds a cutoff, then stacks the list -> list length depends on tensor values, error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HypeScorer(nn.Cell):
    def __init__(self, dim=8):
        super().__init__()
        self.fc = nn.Dense(dim, 1)

    def construct(self, window):
        return ops.sigmoid(self.fc(window).mean())


class ClipBuilder(nn.Cell):
    def __init__(self, dim=8, num_windows=6, cutoff=0.5):
        super().__init__()
        self.scorer = HypeScorer(dim)
        self.num_windows = num_windows
        self.cutoff = cutoff

    def construct(self, windows):
        picked = []
        for i in range(self.num_windows):
            w = windows[i]
            if self.scorer(w) > self.cutoff:
                picked.append(w.mean(axis=0))
        clips = ops.stack(picked)
        return clips.sum(axis=0)


def make():
    np.random.seed(8)
    windows = Tensor(np.random.randn(6, 5, 8).astype(np.float32) + 0.5)
    return ClipBuilder(8, 6, 0.5), (windows,)
