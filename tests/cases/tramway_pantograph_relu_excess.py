# case: mean overload excess of pantograph current computed with relu and a mask count, no selection -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverloadExcessDense(nn.Cell):
    def __init__(self, continuous_rating_a=650.0):
        super().__init__()
        self.rating = continuous_rating_a

    def construct(self, current_a, line_voltage_v):
        excess = ops.relu(current_a - self.rating)
        n_over = (excess > 0).astype(ms.float32).sum()
        mean_excess = excess.sum() / ops.maximum(n_over, 1.0)
        power_kw = (current_a * line_voltage_v).mean() / 1000.0
        return mean_excess, power_kw


def make():
    np.random.seed(3091)
    cur = np.abs(np.random.normal(520, 160, size=(256,))).astype(np.float32)
    v = np.random.normal(750, 25, size=(256,)).astype(np.float32)
    return OverloadExcessDense(), (Tensor(cur), Tensor(v))
