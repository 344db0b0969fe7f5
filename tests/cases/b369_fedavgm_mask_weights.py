# case: FedAvgM server weights client deltas by participation-mask * sample-count (mask multiplied in) and keeps server momentum in a Parameter updated with ops.assign, variant chosen by config string -> static graph compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter

SUPPORTED_AGGREGATORS = ("fedavg", "fedavgm")


class ServerConfig:
    aggregator = "fedavgm"
    server_lr = 1.0
    momentum = 0.9
    model_dim = 30


class FedAvgServer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        if config.aggregator not in SUPPORTED_AGGREGATORS:
            raise ValueError(f"unknown aggregator {config.aggregator}")
        self.aggregator = config.aggregator
        self.server_lr = config.server_lr
        self.momentum = config.momentum
        self.velocity = Parameter(Tensor(np.zeros((config.model_dim,), np.float32)), name="server_velocity",
                                  requires_grad=False)

    def _weighted_mean(self, deltas, participated, num_samples):
        w = participated.astype(ms.float32) * num_samples
        return (deltas * w.expand_dims(-1)).sum(axis=0) / ops.maximum(w.sum(), 1.0)

    def construct(self, deltas, participated, num_samples):
        avg = self._weighted_mean(deltas, participated, num_samples)
        if self.aggregator == "fedavgm":
            v = self.momentum * self.velocity + avg
            ops.assign(self.velocity, v)
            return self.server_lr * v
        return self.server_lr * avg


def make():
    np.random.seed(18)
    server = FedAvgServer(ServerConfig())
    deltas = Tensor(np.random.randn(8, 30).astype(np.float32))
    participated = Tensor(np.array([1, 0, 1, 1, 0, 1, 0, 1], np.bool_))
    num_samples = Tensor(np.random.randint(50, 500, size=(8,)).astype(np.float32))
    return server, (deltas, participated, num_samples)
