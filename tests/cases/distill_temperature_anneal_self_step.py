# case: temperature annealing keeps a Python step counter on self and increments it in construct -> attribute write on self in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AnnealedKD(nn.Cell):
    def __init__(self, t_max=8.0, t_min=1.0, total_steps=100):
        super().__init__()
        self.t_max = t_max
        self.t_min = t_min
        self.total_steps = total_steps
        self.step = 0

    def current_temperature(self):
        frac = min(self.step / self.total_steps, 1.0)
        return self.t_max - (self.t_max - self.t_min) * frac

    def construct(self, s_logits, t_logits):
        temp = self.current_temperature()
        self.step += 1
        p_t = ops.softmax(t_logits / temp, axis=-1)
        return -(p_t * ops.log_softmax(s_logits / temp, axis=-1)).sum(-1).mean() * temp * temp


def make():
    np.random.seed(24)
    s = Tensor(np.random.randn(4, 6).astype(np.float32))
    t = Tensor(np.random.randn(4, 6).astype(np.float32))
    return AnnealedKD(), (s, t)
