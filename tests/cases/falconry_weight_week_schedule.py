# case: project a 7-day weight schedule for a Harris hawk with a fixed-length Python loop and stack the days -> loop over range(const), static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

DAYS = 7


class WeightSchedule(nn.Cell):
    def __init__(self, daily_loss_frac=0.015, days=DAYS):
        super().__init__()
        self.daily_loss_frac = daily_loss_frac
        self.days = days

    def step(self, w, ration_g):
        return w * (1.0 - self.daily_loss_frac) + 0.3 * ration_g

    def construct(self, weight_g, rations_g):
        plan = []
        w = weight_g
        for d in range(self.days):
            w = self.step(w, rations_g[d])
            plan.append(w)
        plan = ops.stack(plan)
        return plan, plan.min()


def make():
    np.random.seed(3178)
    rations = np.random.uniform(40, 70, DAYS).astype(np.float32)
    return WeightSchedule(), (Tensor(np.float32(1010.0)), Tensor(rations))
