# case: guard the lamp power computation against supply brown-outs with ops.where instead of exceptions -> static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LampPower(nn.Cell):
    def __init__(self, main_watts=1000.0, backup_watts=250.0, brownout_v=200.0):
        super().__init__()
        self.main_watts = main_watts
        self.backup_watts = backup_watts
        self.brownout_v = brownout_v

    def construct(self, supply_v, duty):
        main = self.main_watts * duty * (supply_v / 230.0) ** 2
        backup = self.backup_watts * duty
        return ops.where(supply_v > self.brownout_v, main, backup)


def make():
    np.random.seed(3062)
    v = Tensor(np.random.uniform(190, 240, size=(4,)).astype(np.float32))
    duty = Tensor(np.random.uniform(0.2, 0.5, size=(4,)).astype(np.float32))
    return LampPower(), (v, duty)
