# case: simulate snow build-up over the booked sessions, the number of sessions read from a tensor and used as a Python loop count collecting per-session snow -> loop count from data
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SnowBuildupSim(nn.Cell):
    def __init__(self, snow_per_skater=0.004, n_lanes=8):
        super().__init__()
        self.snow_per_skater = snow_per_skater
        self.n_lanes = n_lanes

    def construct(self, skaters_per_session, n_sessions):
        snow = ops.zeros((self.n_lanes,), ms.float32)
        profile = []
        for s in range(int(n_sessions)):
            snow = snow + skaters_per_session[s] * self.snow_per_skater
            profile.append(snow.max())
        return snow, ops.stack(profile)


def make():
    np.random.seed(3148)
    skaters = np.random.uniform(20, 120, size=(10, 8)).astype(np.float32)
    return SnowBuildupSim(), (Tensor(skaters), Tensor(np.array(6, dtype=np.int32)))
