# case: FedAvg aggregation of stacked client updates weighted by per-client sample counts -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class FedAvgAggregator(nn.Cell):
    def __init__(self, normalize=True, server_lr=1.0):
        super().__init__()
        self.normalize = normalize
        self.server_lr = server_lr

    def _client_weights(self, sample_counts):
        counts = sample_counts.astype(ms.float32)
        if self.normalize:
            return counts / counts.sum()
        return counts

    def construct(self, global_w, client_updates, sample_counts):
        weights = self._client_weights(sample_counts)
        # broadcast weights over all parameter dims
        shape = (client_updates.shape[0],) + (1,) * (client_updates.ndim - 1)
        avg_delta = (client_updates * weights.reshape(shape)).sum(axis=0)
        return global_w + self.server_lr * avg_delta


def make():
    np.random.seed(3)
    g = Tensor(np.random.randn(4, 3).astype(np.float32))
    upd = Tensor(np.random.randn(5, 4, 3).astype(np.float32))
    counts = Tensor(np.array([10, 20, 5, 40, 25], np.int32))
    return FedAvgAggregator(), (g, upd, counts)
