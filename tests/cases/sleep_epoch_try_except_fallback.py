# case: EOG feature extractor wrapping a reshape in try/except to fall back when the epoch is not a multiple of the window -> error (try not supported in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EOGMovementFeatures(nn.Cell):
    def __init__(self, win=8):
        super().__init__()
        self.win = win

    def construct(self, loc, roc):
        diff = loc - roc
        try:
            w = diff.reshape(diff.shape[0], -1, self.win)
            energy = (w * w).mean(axis=-1)
        except ValueError:
            energy = (diff * diff).mean(axis=-1, keep_dims=True)
        return energy.max(axis=-1)


def make():
    np.random.seed(22)
    loc = np.random.randn(3, 32).astype(np.float32)
    roc = np.random.randn(3, 32).astype(np.float32)
    return EOGMovementFeatures(), (Tensor(loc), Tensor(roc))
