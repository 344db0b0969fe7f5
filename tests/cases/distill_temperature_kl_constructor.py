# case: KL distillation loss with temperature given in the constructor, scaled by T^2 -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoftTargetKD(nn.Cell):
    def __init__(self, temperature=4.0, alpha=0.7):
        super().__init__()
        self.t = temperature
        self.alpha = alpha
        self.ce = nn.CrossEntropyLoss()

    def soft_kl(self, s_logits, t_logits):
        log_p_s = ops.log_softmax(s_logits / self.t, axis=-1)
        p_t = ops.softmax(t_logits / self.t, axis=-1)
        log_p_t = ops.log_softmax(t_logits / self.t, axis=-1)
        kl = (p_t * (log_p_t - log_p_s)).sum(axis=-1)
        return kl.mean() * (self.t * self.t)

    def construct(self, s_logits, t_logits, labels):
        hard = self.ce(s_logits, labels)
        soft = self.soft_kl(s_logits, ops.stop_gradient(t_logits))
        return self.alpha * soft + (1.0 - self.alpha) * hard


def make():
    np.random.seed(0)
    s = Tensor(np.random.randn(8, 10).astype(np.float32))
    t = Tensor(np.random.randn(8, 10).astype(np.float32))
    y = Tensor(np.random.randint(0, 10, size=(8,)).astype(np.int32))
    return SoftTargetKD(), (s, t, y)
