# case: median-filtered RR series by unfolding fixed windows with a constant index grid and sorting each window to take the middle element -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class RRMedianFilter(nn.Cell):
    def __init__(self, n_rr=16, win=5):
        super().__init__()
        half = win // 2
        idx = np.arange(n_rr)[:, None] + np.arange(-half, half + 1)[None, :]
        self.idx = Tensor(np.clip(idx, 0, n_rr - 1).astype(np.int32))
        self.mid = half

    def construct(self, rr):
        # rr: (batch, n_rr)
        windows = ops.gather(rr, self.idx, 1)  # (batch, n_rr, win)
        ordered, _ = ops.sort(windows, axis=-1)
        med = ordered[..., self.mid]
        ectopic = ops.abs(rr - med) / med > 0.2
        return ops.select(ectopic, med, rr)


def make():
    np.random.seed(38)
    rr = np.random.normal(0.8, 0.03, size=(2, 16))
    rr[0, 6] = 0.45
    return RRMedianFilter(), (Tensor(rr.astype(np.float32)),)
