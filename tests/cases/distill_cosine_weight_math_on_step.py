# case: KD weight follows a cosine schedule computed with math.cos on the current-step tensor passed in -> Python math on a tensor in graph mode
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CosineScheduledKD(nn.Cell):
    def __init__(self, total_steps=1000, w_max=1.0, temperature=4.0):
        super().__init__()
        self.total = total_steps
        self.w_max = w_max
        self.t = temperature

    def kd_weight(self, step):
        return 0.5 * self.w_max * (1 + math.cos(math.pi * step / self.total))

    def construct(self, s_logits, t_logits, step):
        w = self.kd_weight(step)
        p_t = ops.softmax(t_logits / self.t, axis=-1)
        kd = -(p_t * ops.log_softmax(s_logits / self.t, axis=-1)).sum(-1).mean()
        return w * kd


def make():
    np.random.seed(29)
    s = Tensor(np.random.randn(4, 6).astype(np.float32))
    t = Tensor(np.random.randn(4, 6).astype(np.float32))
    return CosineScheduledKD(), (s, t, Tensor(250.0, ms.float32))
