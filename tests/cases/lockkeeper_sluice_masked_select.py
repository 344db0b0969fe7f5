# case: collect sluice discharge readings taken while the paddle was raised with ops.masked_select, then compute their spread -> masked_select output size from data, expect dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def paddle_raised(paddle_pos, threshold=0.2):
    return paddle_pos > threshold


class SluiceDischargeStats(nn.Cell):
    def __init__(self, discharge_coeff=0.62):
        super().__init__()
        self.cd = discharge_coeff

    def construct(self, paddle_pos, head_m):
        q = self.cd * paddle_pos * ops.sqrt(2.0 * 9.81 * head_m)
        active = ops.masked_select(q, paddle_raised(paddle_pos))
        spread = active.max() - active.min()
        return spread, active.mean()


def make():
    np.random.seed(71)
    paddle = np.clip(np.random.rand(50) * 1.2 - 0.2, 0, 1).astype(np.float32)
    head = np.random.uniform(1.0, 4.0, size=(50,)).astype(np.float32)
    return SluiceDischargeStats(), (Tensor(paddle), Tensor(head))
