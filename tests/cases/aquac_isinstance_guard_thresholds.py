# case: accepts per-tank thresholds either as a Python float or a tensor and guards with isinstance before comparing -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AmmoniaAlarm(nn.Cell):
    def __init__(self, default_limit=0.5):
        super().__init__()
        self.default_limit = default_limit

    def as_limits(self, limit, like):
        if isinstance(limit, (int, float)):
            return ops.full_like(like, float(limit))
        return ops.broadcast_to(limit.expand_dims(-1), like.shape)

    def construct(self, ammonia, per_tank_limit):
        default_lim = self.as_limits(self.default_limit, ammonia)
        tank_lim = self.as_limits(per_tank_limit, ammonia)
        lim = ops.minimum(default_lim, tank_lim)
        exceed = (ammonia > lim).astype(ms.float32)
        return exceed.mean(axis=1)


def make():
    np.random.seed(24)
    ammonia = Tensor((np.random.rand(4, 24) * 0.8).astype(np.float32))
    per_tank = Tensor(np.array([0.3, 0.4, 0.6, 0.5], dtype=np.float32))
    return AmmoniaAlarm(), (ammonia, per_tank)
