# case: same STGCN-style forecaster with an output class available, but the config default return_dict=False and the class branch is after an early tuple return -> only the tuple path runs, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForecastOutput:
    def __init__(self, prediction, adjacency=None):
        self.prediction = prediction
        self.adjacency = adjacency


class STConfig:
    def __init__(self, hidden=8, horizon=3, return_dict=False, output_adjacency=True):
        self.hidden = hidden
        self.horizon = horizon
        self.return_dict = return_dict
        self.output_adjacency = output_adjacency


class TemporalConvForecaster(nn.Cell):
    def __init__(self, in_steps, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.output_adjacency = config.output_adjacency
        self.tconv = nn.Conv2d(1, config.hidden, kernel_size=(1, 3), pad_mode="same")
        self.head = nn.Dense(config.hidden * in_steps, config.horizon)

    def construct(self, x, adj):
        b, n, t = x.shape
        h = self.tconv(x.reshape(b, 1, n, t))
        h = ops.matmul(adj, h.transpose(0, 2, 1, 3).reshape(b, n, -1))
        y = self.head(ops.relu(h))
        if not self.return_dict:
            return (y,) + ((adj,) if self.output_adjacency else ())
        return ForecastOutput(prediction=y, adjacency=adj)


def make():
    np.random.seed(3822)
    x = np.random.randn(2, 6, 5).astype(np.float32)
    adj = np.random.rand(6, 6).astype(np.float32)
    return TemporalConvForecaster(5, STConfig()), (Tensor(x), Tensor(adj))
