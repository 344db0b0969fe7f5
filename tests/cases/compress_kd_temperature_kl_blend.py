# case: classic Hinton distillation loss, temperature-scaled KL blended with hard-label CE -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class HintonDistillLoss(nn.Cell):
    def __init__(self, temperature=4.0, alpha=0.9, reduction="batchmean"):
        super().__init__()
        self.t = temperature
        self.alpha = alpha
        self.reduction = reduction
        self.ce = nn.CrossEntropyLoss()

    def _soft_loss(self, s_logits, t_logits):
        log_p = ops.log_softmax(s_logits / self.t, axis=-1)
        q = ops.softmax(ops.stop_gradient(t_logits) / self.t, axis=-1)
        return ops.kl_div(log_p, q, reduction=self.reduction) * (self.t * self.t)

    def construct(self, s_logits, t_logits, labels):
        soft = self._soft_loss(s_logits, t_logits)
        hard = self.ce(s_logits, labels)
        return self.alpha * soft + (1.0 - self.alpha) * hard


def make():
    np.random.seed(21)
    s = Tensor(np.random.randn(4, 6).astype(np.float32))
    t = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.array([0, 5, 2, 1], np.int32))
    return HintonDistillLoss(), (s, t, y)
