# case: server gathers updates of clients that reported (nonzero participation flags) and averages them -> dynamic shape at line 15
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DropoutTolerantAverage(nn.Cell):
    """Handles client dropout: only reporting clients are aggregated."""

    def __init__(self, server_lr=1.0):
        super().__init__()
        self.server_lr = server_lr

    def _reporting(self, flags):
        return ops.nonzero(flags).reshape(-1)

    def construct(self, global_w, client_updates, report_flags):
        idx = self._reporting(report_flags)
        reported = ops.gather(client_updates, idx, 0)
        delta = reported.mean(axis=0)
        return global_w + self.server_lr * delta


def make():
    np.random.seed(33)
    gw = Tensor(np.random.randn(3).astype(np.float32))
    upd = Tensor(np.random.randn(5, 3).astype(np.float32))
    flags = Tensor(np.array([1, 0, 1, 1, 0], np.int32))
    return DropoutTolerantAverage(), (gw, upd, flags)
