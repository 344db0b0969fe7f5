# case: server keeps only client updates whose validation loss is below a threshold via masked_select -> dynamic shape at line 18
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossFilteredAggregator(nn.Cell):
    """Drops suspicious clients (high loss) before averaging."""

    def __init__(self, loss_threshold=1.0):
        super().__init__()
        self.loss_threshold = loss_threshold

    def construct(self, client_updates, client_losses):
        num_clients, dim = client_updates.shape
        keep = client_losses < self.loss_threshold
        keep_2d = ops.broadcast_to(keep.reshape(num_clients, 1), (num_clients, dim))
        kept_flat = ops.masked_select(client_updates, keep_2d)
        kept = kept_flat.reshape(-1, dim)
        return kept.mean(axis=0)


def make():
    np.random.seed(4)
    upd = Tensor(np.random.randn(6, 4).astype(np.float32))
    losses = Tensor(np.array([0.3, 1.5, 0.8, 2.0, 0.2, 0.9], np.float32))
    return LossFilteredAggregator(), (upd, losses)
