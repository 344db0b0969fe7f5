# case: read capping spec limits from an ms.jit_class config object built in __init__ and only read in construct -> jit_class attribute reads compile in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class CapSpec:
    def __init__(self, min_nm=1.5, max_nm=2.1, slip_deg=8.0):
        self.min_nm = min_nm
        self.max_nm = max_nm
        self.slip_deg = slip_deg


class CapTorqueChecker(nn.Cell):
    def __init__(self, spec=None):
        super().__init__()
        self.spec = spec if spec is not None else CapSpec()

    def construct(self, peak_torque, slip_angle):
        low = (peak_torque < self.spec.min_nm).astype(ms.float32)
        high = (peak_torque > self.spec.max_nm).astype(ms.float32)
        slip = (slip_angle > self.spec.slip_deg).astype(ms.float32)
        fault = ops.maximum(ops.maximum(low, high), slip)
        return fault, fault.mean()


def make():
    np.random.seed(112)
    torque = (1.8 + 0.25 * np.random.randn(64)).astype(np.float32)
    slip = np.abs(6.0 * np.random.randn(64)).astype(np.float32)
    return CapTorqueChecker(), (Tensor(torque), Tensor(slip))
