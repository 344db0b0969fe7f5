# case: KD wrapper returns a dict of named loss components plus the total, keys are constant strings -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class KDWithLogs(nn.Cell):
    def __init__(self, temperature=3.0, weights=None):
        super().__init__()
        self.t = temperature
        w = weights if weights is not None else {"ce": 0.3, "kd": 0.7}
        self.w_ce = w["ce"]
        self.w_kd = w["kd"]
        self.ce = nn.CrossEntropyLoss()

    def construct(self, s_logits, t_logits, labels):
        p_t = ops.softmax(t_logits / self.t, axis=-1)
        parts = {
            "ce": self.ce(s_logits, labels),
            "kd": -(p_t * ops.log_softmax(s_logits / self.t, axis=-1)).sum(-1).mean(),
        }
        total = self.w_ce * parts["ce"] + self.w_kd * parts["kd"]
        parts["total"] = total
        return parts


def make():
    np.random.seed(26)
    s = Tensor(np.random.randn(4, 6).astype(np.float32))
    t = Tensor(np.random.randn(4, 6).astype(np.float32))
    y = Tensor(np.random.randint(0, 6, size=(4,)).astype(np.int32))
    return KDWithLogs(), (s, t, y)
