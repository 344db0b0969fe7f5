# case: reservoir release policy increments a Python int step counter on self in construct to pick the month's target storage -> attribute write on self in construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SeasonalReleasePolicy(nn.Cell):
    """Release the excess over a monthly rule-curve target, bounded by outlet capacity."""

    def __init__(self, rule_curve=(60.0, 65.0, 70.0, 80.0, 90.0, 95.0,
                                   95.0, 90.0, 80.0, 70.0, 65.0, 60.0), max_release=25.0):
        super().__init__()
        self.rule_curve = Tensor(np.array(rule_curve, dtype=np.float32))
        self.max_release = max_release
        self.step = 0

    def construct(self, storage, inflow):
        target = self.rule_curve[self.step % 12]
        self.step = self.step + 1
        excess = ops.relu(storage + inflow - target)
        release = ops.clip_by_value(excess, 0.0, self.max_release)
        return release, storage + inflow - release


def make():
    np.random.seed(41)
    storage = np.random.uniform(50.0, 100.0, size=(4,)).astype(np.float32)
    inflow = np.random.uniform(5.0, 30.0, size=(4,)).astype(np.float32)
    return SeasonalReleasePolicy(), (Tensor(storage), Tensor(inflow))
