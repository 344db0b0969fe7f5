# case: progressive distillation keeps lowering the temperature in a while loop on the loss value and appends each loss to a list, then stacks it -> list length depends on data (error or dynamic)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ProgressiveKD(nn.Cell):
    def __init__(self, t_start=8.0, t_min=1.0, target=0.05):
        super().__init__()
        self.t_start = t_start
        self.t_min = t_min
        self.target = target

    def kd_at(self, s, t, temp):
        p_t = ops.softmax(t / temp, axis=-1)
        return -(p_t * ops.log_softmax(s / temp, axis=-1)).sum(-1).mean()

    def construct(self, s_logits, t_logits):
        temp = Tensor(self.t_start, ms.float32)
        losses = []
        loss = self.kd_at(s_logits, t_logits, temp)
        while loss > self.target and temp > self.t_min:
            losses.append(loss)
            temp = temp / 2
            loss = self.kd_at(s_logits, t_logits, temp)
        losses.append(loss)
        return ops.stack(losses).mean()


def make():
    np.random.seed(20)
    s = Tensor(np.random.randn(4, 6).astype(np.float32))
    t = Tensor(np.random.randn(4, 6).astype(np.float32))
    return ProgressiveKD(), (s, t)
