# case: count windows whose reconstruction error exceeds a threshold, then topk with that count -> k from tensor value, dynamic/error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WindowScorer(nn.Cell):
    def __init__(self, window=8, threshold=0.5):
        super().__init__()
        self.window = window
        self.threshold = threshold

    def window_errors(self, x, recon):
        err = ops.square(x - recon)
        n_win = x.shape[0] // self.window
        err = err[: n_win * self.window].reshape(n_win, self.window)
        return err.mean(axis=1)

    def construct(self, x, recon):
        scores = self.window_errors(x, recon)
        n_bad = int((scores > self.threshold).sum())
        n_bad = max(n_bad, 1)
        worst, idx = ops.topk(scores, n_bad)
        return worst, idx


def make():
    np.random.seed(0)
    x = Tensor(np.random.randn(64).astype(np.float32))
    recon = Tensor(np.random.randn(64).astype(np.float32) * 0.5)
    return WindowScorer(), (x, recon)
