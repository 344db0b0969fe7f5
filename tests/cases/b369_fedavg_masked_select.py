# case: FedAvg server keeps only the clients that reported this round with ops.masked_select over stacked updates and sample counts -> masked_select output length depends on the mask, dynamic shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ServerConfig:
    def __init__(self, weighted=True, server_lr=1.0):
        self.weighted = weighted
        self.server_lr = server_lr


class FedAvgAggregator(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.weighted = config.weighted
        self.server_lr = config.server_lr

    def _active_updates(self, client_updates, participated):
        full_mask = participated.expand_dims(-1).broadcast_to(client_updates.shape)
        flat = ops.masked_select(client_updates, full_mask)
        return flat.reshape(-1, client_updates.shape[1])

    def construct(self, client_updates, participated, num_samples):
        active = self._active_updates(client_updates, participated)
        if self.weighted:
            w = ops.masked_select(num_samples, participated)
            agg = (active * w.expand_dims(-1)).sum(axis=0) / w.sum()
        else:
            agg = active.mean(axis=0)
        return self.server_lr * agg


def make():
    np.random.seed(17)
    server = FedAvgAggregator(ServerConfig())
    updates = Tensor(np.random.randn(8, 30).astype(np.float32))
    participated = Tensor(np.array([1, 0, 1, 1, 0, 1, 0, 1], np.bool_))
    num_samples = Tensor(np.random.randint(50, 500, size=(8,)).astype(np.float32))
    return server, (updates, participated, num_samples)
