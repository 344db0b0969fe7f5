# case: dynamic loss weighting with learnable log-variance Parameters (uncertainty weighting) for CE and KD terms -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class UncertaintyWeightedKD(nn.Cell):
    def __init__(self, temperature=4.0):
        super().__init__()
        self.t = temperature
        self.log_var = Parameter(Tensor(np.zeros(2, np.float32)), name="log_var")
        self.ce = nn.CrossEntropyLoss()

    def kd(self, s, t):
        p_t = ops.softmax(t / self.t, axis=-1)
        return -(p_t * ops.log_softmax(s / self.t, axis=-1)).sum(-1).mean()

    def construct(self, s_logits, t_logits, labels):
        losses = ops.stack([self.ce(s_logits, labels), self.kd(s_logits, t_logits)])
        precision = ops.exp(-self.log_var)
        weighted = precision * losses + 0.5 * self.log_var
        ratio = ops.stop_gradient(losses[0] / (losses[1] + 1e-6))
        return weighted.sum(), ratio


def make():
    np.random.seed(12)
    s = Tensor(np.random.randn(8, 10).astype(np.float32))
    t = Tensor(np.random.randn(8, 10).astype(np.float32))
    y = Tensor(np.random.randint(0, 10, size=(8,)).astype(np.int32))
    return UncertaintyWeightedKD(), (s, t, y)
