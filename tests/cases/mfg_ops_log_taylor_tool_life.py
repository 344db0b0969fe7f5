# case: estimate remaining tool life with the Taylor equation using ops.log/ops.exp on tensors and math.log only on a constructor constant -> static shapes
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TaylorToolLifeOps(nn.Cell):
    def __init__(self, taylor_n=0.25, taylor_c=350.0, safety=0.9):
        super().__init__()
        self.n = taylor_n
        self.log_c = math.log(taylor_c)
        self.safety = safety

    def construct(self, cutting_speed, used_minutes):
        log_life = (self.log_c - ops.log(cutting_speed)) / self.n
        life = ops.exp(log_life) * self.safety
        remaining = ops.maximum(life - used_minutes, ops.zeros_like(life))
        due = remaining < 5.0
        return remaining, due


def make():
    np.random.seed(28)
    v = Tensor(np.random.uniform(150, 250, size=(6,)).astype(np.float32))
    used = Tensor(np.random.uniform(0, 40, size=(6,)).astype(np.float32))
    return TaylorToolLifeOps(), (v, used)
