# case: velocity estimate from the last `window` frames of a fixed-length track history using shape-derived slices and finite differences -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HistoryVelocity(nn.Cell):
    def __init__(self, window=4, use_weights=True):
        super().__init__()
        self.window = window
        self.use_weights = use_weights

    def weights(self, n):
        w = ops.arange(1, n + 1).astype(ms.float32)
        return w / w.sum()

    def construct(self, history):
        # history: (N, T, 4) boxes, most recent last
        T = history.shape[1]
        w = min(self.window, T)
        recent = history[:, T - w:, :]
        diffs = recent[:, 1:, :] - recent[:, :-1, :]
        if self.use_weights:
            vel = (diffs * self.weights(w - 1)[None, :, None]).sum(1)
        else:
            vel = diffs.mean(1)
        pred = history[:, -1, :] + vel
        return vel, pred


def make():
    np.random.seed(39)
    hist = Tensor(np.cumsum(np.random.rand(3, 7, 4), axis=1).astype(np.float32))
    return HistoryVelocity(), (hist,)
