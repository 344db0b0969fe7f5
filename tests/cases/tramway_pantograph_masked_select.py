# case: collect only the pantograph samples above the continuous rating with ops.masked_select and take their mean excess -> masked_select output size from data, expect dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverloadExcess(nn.Cell):
    def __init__(self, continuous_rating_a=650.0):
        super().__init__()
        self.rating = continuous_rating_a

    def construct(self, current_a, line_voltage_v):
        over = current_a > self.rating
        excess = ops.masked_select(current_a - self.rating, over)
        power_kw = (current_a * line_voltage_v).mean() / 1000.0
        return excess.mean(), power_kw


def make():
    np.random.seed(3090)
    cur = np.abs(np.random.normal(520, 160, size=(256,))).astype(np.float32)
    v = np.random.normal(750, 25, size=(256,)).astype(np.float32)
    return OverloadExcess(), (Tensor(cur), Tensor(v))
