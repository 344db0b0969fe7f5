# case: STGCN forecaster returning a plain Python ForecastOutput object (prediction, adjacency) when return_dict is set in the config -> plain class instance created and returned from construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ForecastOutput:
    def __init__(self, prediction, adjacency=None):
        self.prediction = prediction
        self.adjacency = adjacency


class STConfig:
    def __init__(self, hidden=8, horizon=3, return_dict=True):
        self.hidden = hidden
        self.horizon = horizon
        self.return_dict = return_dict


class TemporalConvForecaster(nn.Cell):
    def __init__(self, in_steps, config):
        super().__init__()
        self.return_dict = config.return_dict
        self.tconv = nn.Conv2d(1, config.hidden, kernel_size=(1, 3), pad_mode="same")
        self.head = nn.Dense(config.hidden * in_steps, config.horizon)

    def construct(self, x, adj):
        # x: (batch, nodes, steps)
        b, n, t = x.shape
        h = self.tconv(x.reshape(b, 1, n, t))
        h = ops.matmul(adj, h.transpose(0, 2, 1, 3).reshape(b, n, -1))
        y = self.head(ops.relu(h))
        if not self.return_dict:
            return (y, adj)
        return ForecastOutput(prediction=y, adjacency=adj)


def make():
    np.random.seed(3821)
    x = np.random.randn(2, 6, 5).astype(np.float32)
    adj = np.random.rand(6, 6).astype(np.float32)
    return TemporalConvForecaster(5, STConfig()), (Tensor(x), Tensor(adj))
