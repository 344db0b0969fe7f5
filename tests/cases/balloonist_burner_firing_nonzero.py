# case: list the timesteps at which the blast valve was open, via ops.nonzero, and average the fuel flow there -> nonzero output shape depends on data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BlastValveLog(nn.Cell):
    def __init__(self, litres_per_sec=0.9):
        super().__init__()
        self.flow = litres_per_sec

    def construct(self, valve_open, fuel_flow):
        open_steps = ops.nonzero(valve_open).squeeze(-1)
        flow_when_open = ops.gather(fuel_flow, open_steps, 0)
        litres = flow_when_open.sum() * self.flow
        return litres, open_steps


def make():
    np.random.seed(51)
    valve = Tensor((np.random.rand(40) > 0.7).astype(np.int32))
    flow = Tensor(np.random.rand(40).astype(np.float32))
    return BlastValveLog(), (valve, flow)
