# case: estimate remaining tool life with the Taylor equation using math.log and math.exp on tensor cutting speeds -> Python math on tensors in construct
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaylorToolLife(nn.Cell):
    def __init__(self, taylor_n=0.25, taylor_c=350.0):
        super().__init__()
        self.n = taylor_n
        self.c = taylor_c

    def construct(self, cutting_speed, used_minutes):
        mean_v = cutting_speed.mean()
        log_life = (math.log(self.c) - math.log(mean_v)) / self.n
        life = math.exp(log_life)
        remaining = life - used_minutes
        return remaining


def make():
    np.random.seed(27)
    v = Tensor(np.random.uniform(150, 250, size=(6,)).astype(np.float32))
    used = Tensor(np.array(12.0, np.float32))
    return TaylorToolLife(), (v, used)
