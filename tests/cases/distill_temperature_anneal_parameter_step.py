# case: temperature annealing keeps the step in a non-trainable Parameter updated with ops.assign, temperature computed with tensor ops -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class AnnealedKD(nn.Cell):
    def __init__(self, t_max=8.0, t_min=1.0, total_steps=100):
        super().__init__()
        self.t_max = t_max
        self.t_min = t_min
        self.total_steps = float(total_steps)
        self.step = Parameter(Tensor(0.0, ms.float32), name="kd_step", requires_grad=False)

    def current_temperature(self):
        frac = ops.minimum(self.step / self.total_steps, Tensor(1.0, ms.float32))
        return self.t_max - (self.t_max - self.t_min) * frac

    def construct(self, s_logits, t_logits):
        temp = self.current_temperature()
        ops.assign(self.step, self.step + 1.0)
        p_t = ops.softmax(t_logits / temp, axis=-1)
        return -(p_t * ops.log_softmax(s_logits / temp, axis=-1)).sum(-1).mean() * temp * temp


def make():
    np.random.seed(25)
    s = Tensor(np.random.randn(4, 6).astype(np.float32))
    t = Tensor(np.random.randn(4, 6).astype(np.float32))
    return AnnealedKD(), (s, t)
