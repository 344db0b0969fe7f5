# case: converts the battery state-of-charge tensor with float() and branches in Python to pick return-to-home thrust -> float() of a tensor inside construct, host round trip in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BatteryGuard(nn.Cell):
    def __init__(self, reserve=0.2, rth_thrust=0.4):
        super().__init__()
        self.reserve = reserve
        self.rth_thrust = rth_thrust

    def construct(self, soc, thrust_cmd):
        level = float(soc.mean())
        if level < self.reserve:
            thrust = ops.full_like(thrust_cmd, self.rth_thrust)
        else:
            thrust = thrust_cmd
        return thrust, soc.mean()


def make():
    np.random.seed(10)
    soc = np.array([0.18, 0.17, 0.19], dtype=np.float32)
    thrust = np.random.uniform(0.3, 0.8, size=(4,)).astype(np.float32)
    return BatteryGuard(), (Tensor(soc), Tensor(thrust))
