# case: EOG rapid-eye-movement energy per window via reshape with the window count from the input shape -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EOGMovementFeatures(nn.Cell):
    def __init__(self, win=8, rem_thresh=1.5):
        super().__init__()
        self.win = win
        self.rem_thresh = rem_thresh

    def construct(self, loc, roc):
        diff = loc - roc
        n_win = diff.shape[1] // self.win
        w = diff[:, : n_win * self.win].reshape(diff.shape[0], n_win, self.win)
        energy = (w * w).mean(axis=-1)
        rem_like = (energy > self.rem_thresh).astype(ms.float32).mean(axis=-1)
        return energy.max(axis=-1), rem_like


def make():
    np.random.seed(23)
    loc = np.random.randn(3, 36).astype(np.float32)
    roc = np.random.randn(3, 36).astype(np.float32)
    return EOGMovementFeatures(), (Tensor(loc), Tensor(roc))
