# case: fold a run of hourly reading-room counts into (weeks, 7, hours) using sizes from x.shape and Python builtins on ints, then average a weekly profile -> static shape math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeeklyProfile(nn.Cell):
    def __init__(self, hours_per_day=10, min_weeks=1):
        super().__init__()
        self.hours_per_day = hours_per_day
        self.min_weeks = min_weeks

    def construct(self, hourly):
        n = hourly.shape[0]
        days = n // self.hours_per_day
        weeks = max(days // 7, self.min_weeks)
        used = weeks * 7 * self.hours_per_day
        grid = hourly[:used].reshape(weeks, 7, self.hours_per_day)
        profile = grid.mean(axis=0)
        busiest_day = profile.sum(axis=1).argmax()
        return profile, busiest_day, len(hourly)


def make():
    np.random.seed(98)
    hourly = Tensor((np.random.rand(10 * 7 * 3 + 5) * 90).astype(np.float32))
    return WeeklyProfile(), (hourly,)
