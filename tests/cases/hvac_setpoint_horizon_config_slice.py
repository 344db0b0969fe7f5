# case: setpoint scheduler slices the forecast horizon to a length fixed in the constructor config -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SchedulerConfig:
    def __init__(self, horizon=6, occupied_sp=21.0, unoccupied_sp=16.0):
        self.horizon = horizon
        self.occupied_sp = occupied_sp
        self.unoccupied_sp = unoccupied_sp


class HorizonSetpoint(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.horizon = cfg.horizon
        self.occ_sp = cfg.occupied_sp
        self.unocc_sp = cfg.unoccupied_sp

    def construct(self, occupancy_forecast, outdoor_forecast):
        occ = occupancy_forecast[:, :self.horizon]
        out = outdoor_forecast[:, :self.horizon]
        sp = self.unocc_sp + (self.occ_sp - self.unocc_sp) * ops.sigmoid(8.0 * (occ - 0.5))
        heating_load = ops.relu(sp - out)
        return sp, heating_load.sum(axis=1)


def make():
    np.random.seed(6)
    net = HorizonSetpoint(SchedulerConfig())
    occ = Tensor(np.random.rand(4, 24).astype(np.float32))
    out = Tensor((5.0 + 3.0 * np.random.randn(4, 24)).astype(np.float32))
    return net, (occ, out)
