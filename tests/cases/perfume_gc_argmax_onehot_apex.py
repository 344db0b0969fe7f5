# case: find the single tallest peak per chromatogram window with argmax and one-hot pick its retention time -> fixed shapes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowApex(nn.Cell):
    def __init__(self, n_windows=8):
        super().__init__()
        self.n_windows = n_windows

    def construct(self, rt, trace):
        n = trace.shape[0]
        w = n // self.n_windows
        tr = trace[: w * self.n_windows].reshape(self.n_windows, w)
        times = rt[: w * self.n_windows].reshape(self.n_windows, w)
        pos = ops.argmax(tr, dim=1)
        hot = ops.one_hot(pos, w, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        apex_rt = (hot * times).sum(axis=1)
        apex_h = (hot * tr).sum(axis=1)
        return apex_rt, apex_h


def make():
    np.random.seed(24)
    rt = np.linspace(1.0, 33.0, 640).astype(np.float32)
    tr = np.random.rand(640).astype(np.float32) * 0.05
    for c in np.linspace(3, 31, 8):
        tr += np.exp(-((rt - c) ** 2) / 0.04).astype(np.float32)
    return WindowApex(), (Tensor(rt), Tensor(tr))
