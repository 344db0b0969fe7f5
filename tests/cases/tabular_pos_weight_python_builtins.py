# case: binary imbalance loss computes pos_weight with float()/max()/min() Python builtins on tensor counts -> compile error at line 19
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImbalancedBinaryHead(nn.Cell):
    """Logistic head whose BCE pos_weight adapts to the in-batch positive rate."""

    def __init__(self, in_dim=6, max_pos_weight=10.0, adaptive=True):
        super().__init__()
        self.fc = nn.Dense(in_dim, 1)
        self.max_pos_weight = max_pos_weight
        self.adaptive = adaptive

    def pos_weight(self, y):
        if not self.adaptive:
            return 1.0
        n_pos = float(y.sum())
        n_neg = float(y.shape[0]) - n_pos
        return min(n_neg / max(n_pos, 1.0), self.max_pos_weight)

    def construct(self, x, y):
        logits = self.fc(x).reshape(-1)
        w = self.pos_weight(y)
        log_p = ops.logsigmoid(logits)
        log_not_p = ops.logsigmoid(-logits)
        loss = -(w * y * log_p + (1 - y) * log_not_p)
        return loss.mean()


def make():
    np.random.seed(18)
    ms.set_seed(18)
    x = Tensor(np.random.randn(10, 6).astype(np.float32))
    y = Tensor(np.array([0, 0, 1, 0, 0, 0, 0, 1, 0, 0], dtype=np.float32))
    return ImbalancedBinaryHead(), (x, y)
