# case: wrap the lamp power computation in try/except and fall back to the backup bulb output on failure -> try statement in construct, rejected in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LampPower(nn.Cell):
    def __init__(self, main_watts=1000.0, backup_watts=250.0):
        super().__init__()
        self.main_watts = main_watts
        self.backup_watts = backup_watts

    def construct(self, supply_v, duty):
        try:
            watts = self.main_watts * duty * (supply_v / 230.0) ** 2
        except ValueError:
            watts = self.backup_watts * duty
        return watts


def make():
    np.random.seed(3061)
    v = Tensor(np.random.uniform(210, 240, size=(4,)).astype(np.float32))
    duty = Tensor(np.random.uniform(0.2, 0.5, size=(4,)).astype(np.float32))
    return LampPower(), (v, duty)
