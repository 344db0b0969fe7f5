# case: six-component balance reduction that builds a jit_class accumulator inside construct and mutates its fields per component -> jit_class instance created and mutated in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class BalanceLoads:
    def __init__(self, zero):
        self.lift = zero
        self.drag = zero
        self.pitch = zero


class SixComponentBalance(nn.Cell):
    def __init__(self, calib):
        super().__init__()
        self.calib = Tensor(calib)

    def construct(self, bridge_volts, q_area):
        forces = ops.matmul(self.calib, bridge_volts)
        loads = BalanceLoads(ops.zeros((), ms.float32))
        loads.lift = forces[2] / q_area
        loads.drag = forces[0] / q_area
        loads.pitch = forces[4] / q_area
        return loads.lift, loads.drag, loads.pitch


def make():
    np.random.seed(81)
    calib = (np.eye(6) * 250.0 + np.random.randn(6, 6) * 2.0).astype(np.float32)
    v = (np.random.randn(6) * 0.01).astype(np.float32)
    return SixComponentBalance(calib), (Tensor(v), Tensor(np.float32(24.5)))
