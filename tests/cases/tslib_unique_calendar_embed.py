# case: calendar embedding that averages the series per distinct day-of-week found in the batch using ops.unique before embedding -> unique gives a data-dependent number of groups
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TimeFeatConfig:
    n_days = 7
    d_model = 8
    group_by_day = True


class CalendarProfile(nn.Cell):
    def __init__(self, config=TimeFeatConfig):
        super().__init__()
        self.group_by_day = config.group_by_day
        self.day_embed = nn.Embedding(config.n_days, config.d_model)
        self.value_proj = nn.Dense(1, config.d_model)

    def _day_profile(self, values, day_of_week):
        days, inverse = ops.unique(day_of_week)
        onehot = ops.one_hot(inverse, days.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        sums = ops.matmul(values.expand_dims(0), onehot)
        counts = onehot.sum(axis=0)
        return days, sums.squeeze(0) / counts

    def construct(self, values, day_of_week):
        if self.group_by_day:
            days, profile = self._day_profile(values, day_of_week)
            return self.day_embed(days) + self.value_proj(profile.expand_dims(-1))
        return self.day_embed(day_of_week) + self.value_proj(values.expand_dims(-1))


def make():
    np.random.seed(3447)
    values = Tensor(np.random.randn(40).astype(np.float32))
    dow = Tensor(np.random.randint(0, 5, size=40).astype(np.int32))
    return CalendarProfile(), (values, dow)
