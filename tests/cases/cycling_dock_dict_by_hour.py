# case: bucket station occupancy into a dict keyed by the hour-of-day values read from the tensor (int(h)) while forecasting -> dict keys from tensor values in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HourlyProfile(nn.Cell):
    def __init__(self, n_hours=6):
        super().__init__()
        self.n_hours = n_hours
        self.proj = nn.Dense(1, 1)

    def construct(self, hour, occupancy):
        buckets = {}
        for i in range(self.n_hours):
            key = int(hour[i])
            buckets[key] = occupancy[:, i]
        profile = ops.stack([buckets[k].mean() for k in buckets])
        return self.proj(profile.reshape(-1, 1)).reshape(-1)


def make():
    np.random.seed(192)
    hour = np.array([7, 8, 9, 17, 18, 19], dtype=np.int32)
    occupancy = np.random.rand(30, 6).astype(np.float32)
    return HourlyProfile(), (Tensor(hour), Tensor(occupancy))
