# case: simulate daily food cuts until a hawk reaches flying weight, collecting each day's weight in a list -> while on tensor value with growing list, dynamic/error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WeightCutPlanner(nn.Cell):
    def __init__(self, daily_loss_frac=0.015):
        super().__init__()
        self.daily_loss_frac = daily_loss_frac

    def construct(self, weight_g, flying_weight_g):
        history = [weight_g]
        w = weight_g
        while w > flying_weight_g:
            w = w * (1.0 - self.daily_loss_frac)
            history.append(w)
        return ops.stack(history)


def make():
    np.random.seed(3177)
    return WeightCutPlanner(), (Tensor(np.float32(1050.0)), Tensor(np.float32(960.0)))
