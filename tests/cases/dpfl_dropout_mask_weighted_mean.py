# case: server averages only reporting clients by multiplying with the participation mask and dividing by its sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedDropoutAverage(nn.Cell):
    def __init__(self, server_lr=1.0, min_clients=1.0):
        super().__init__()
        self.server_lr = server_lr
        self.min_clients = min_clients

    def _weights(self, flags, sample_counts):
        w = flags.astype(ms.float32) * sample_counts.astype(ms.float32)
        return w / ops.maximum(w.sum(), self.min_clients)

    def construct(self, global_w, client_updates, report_flags, sample_counts):
        weights = self._weights(report_flags, sample_counts)
        delta = ops.matmul(weights.reshape(1, -1), client_updates).reshape(-1)
        return global_w + self.server_lr * delta


def make():
    np.random.seed(34)
    gw = Tensor(np.random.randn(3).astype(np.float32))
    upd = Tensor(np.random.randn(5, 3).astype(np.float32))
    flags = Tensor(np.array([1, 0, 1, 1, 0], np.int32))
    counts = Tensor(np.array([12, 30, 8, 20, 5], np.int32))
    return MaskedDropoutAverage(), (gw, upd, flags, counts)
