# case: sigmoid Emax dose-response model with trainable E0, Emax, EC50 and Hill parameters -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class EmaxModel(nn.Cell):
    def __init__(self, e0=1.0, emax=10.0, ec50=4.0, hill=1.2):
        super().__init__()
        self.e0 = Parameter(Tensor(e0, ms.float32), name="e0")
        self.emax = Parameter(Tensor(emax, ms.float32), name="emax")
        self.log_ec50 = Parameter(Tensor(np.log(ec50), ms.float32), name="log_ec50")
        self.hill = Parameter(Tensor(hill, ms.float32), name="hill")

    def construct(self, doses):
        ec50 = ops.exp(self.log_ec50)
        dh = ops.pow(doses, self.hill)
        return self.e0 + self.emax * dh / (ops.pow(ec50, self.hill) + dh)


class EmaxLoss(nn.Cell):
    def __init__(self, model):
        super().__init__()
        self.model = model

    def construct(self, doses, responses):
        pred = self.model(doses)
        return ops.mean((pred - responses) ** 2)


def make():
    np.random.seed(9)
    doses = np.array([0.0, 0.5, 1, 2, 4, 8, 16, 32], dtype=np.float32)
    resp = (1 + 10 * doses / (4 + doses) + 0.3 * np.random.randn(8)).astype(np.float32)
    return EmaxLoss(EmaxModel()), (Tensor(doses), Tensor(resp))
