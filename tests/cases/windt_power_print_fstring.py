# case: power-curve fitter logs the mean residual with an f-string of a tensor via print inside construct -> f-string/print of tensor data in Graph mode, may error or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PowerCurveMLP(nn.Cell):
    def __init__(self, hidden=16, verbose=True):
        super().__init__()
        self.net = nn.SequentialCell([nn.Dense(2, hidden), nn.Tanh(), nn.Dense(hidden, 1)])
        self.verbose = verbose

    def construct(self, wind_speed, air_density, power_kw):
        x = ops.stack([wind_speed / 25.0, air_density / 1.225], axis=-1)
        pred = self.net(x).squeeze(-1) * 3000.0
        resid = power_kw - pred
        if self.verbose:
            print(f"mean residual kW: {resid.mean()}")
        return ops.abs(resid)


def make():
    np.random.seed(11)
    ws = Tensor(np.random.uniform(2, 20, size=(30,)).astype(np.float32))
    rho = Tensor(np.random.uniform(1.1, 1.3, size=(30,)).astype(np.float32))
    p = Tensor(np.random.uniform(0, 3000, size=(30,)).astype(np.float32))
    return PowerCurveMLP(), (ws, rho, p)
