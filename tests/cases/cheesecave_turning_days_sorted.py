# case: sort wheels by their next turning day and bucket the turning load into a fixed seven-day histogram -> static shapes, fine in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DAYS_AHEAD = 7


def turning_interval(age_days, young_age=14):
    return ops.where(age_days < young_age, ops.ones_like(age_days), ops.full_like(age_days, 3))


class WeeklyTurningLoad(nn.Cell):
    def construct(self, age_days):
        interval = turning_interval(age_days)
        due_in = interval - (age_days % interval)
        order = ops.sort(due_in.astype(ms.float32))[1]
        one_hot = ops.one_hot(ops.clip_by_value(due_in, 0, DAYS_AHEAD - 1),
                              DAYS_AHEAD, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        load = one_hot.sum(axis=0)
        return order, load


def make():
    np.random.seed(3210)
    ages = np.random.randint(1, 60, size=(24,)).astype(np.int32)
    return WeeklyTurningLoad(), (Tensor(ages),)
