# case: build a plain Python AlertState record inside construct from combined seismic, gas and deformation scores and return its level -> plain Python class instantiated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AlertState:
    def __init__(self, seismic, gas, deformation):
        self.seismic = seismic
        self.gas = gas
        self.deformation = deformation

    def level(self):
        return self.seismic * 0.5 + self.gas * 0.3 + self.deformation * 0.2


class CombinedAlert(nn.Cell):
    def __init__(self, n_features=16):
        super().__init__()
        self.seis_head = nn.Dense(n_features, 1)
        self.gas_head = nn.Dense(n_features, 1)
        self.def_head = nn.Dense(n_features, 1)

    def construct(self, seis_feat, gas_feat, def_feat):
        state = AlertState(ops.sigmoid(self.seis_head(seis_feat)),
                           ops.sigmoid(self.gas_head(gas_feat)),
                           ops.sigmoid(self.def_head(def_feat)))
        return state.level()


def make():
    np.random.seed(101)
    f = lambda: Tensor(np.random.randn(4, 16).astype(np.float32))
    return CombinedAlert(), (f(), f(), f())
