# case: tide residual model increments a module-level global call counter and uses it to scale a drift term in construct -> global state in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

CALLS = 0


class TideResidual(nn.Cell):
    def __init__(self, drift_per_call=0.01):
        super().__init__()
        self.drift = drift_per_call

    def construct(self, observed, predicted):
        global CALLS
        CALLS += 1
        residual = observed - predicted
        return residual - self.drift * CALLS


def make():
    np.random.seed(27)
    obs = Tensor(np.random.uniform(-1.5, 1.5, 48).astype(np.float32))
    pred = Tensor(np.random.uniform(-1.5, 1.5, 48).astype(np.float32))
    return TideResidual(), (obs, pred)
