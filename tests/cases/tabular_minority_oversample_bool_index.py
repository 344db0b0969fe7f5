# case: class-imbalance oversampling duplicates minority rows selected with a boolean mask index -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BalancedBatchHead(nn.Cell):
    """MLP head that oversamples the positive class inside the batch before computing the loss."""

    def __init__(self, in_dim=6, hidden=16, oversample=True, minority_label=1):
        super().__init__()
        self.mlp = nn.SequentialCell([nn.Dense(in_dim, hidden), nn.ReLU(), nn.Dense(hidden, 1)])
        self.loss_fn = nn.BCEWithLogitsLoss()
        self.oversample = oversample
        self.minority_label = minority_label

    def rebalance(self, x, y):
        if not self.oversample:
            return x, y
        is_minority = y == self.minority_label
        x_min = x[is_minority]
        y_min = y[is_minority]
        return ops.concat((x, x_min), axis=0), ops.concat((y, y_min), axis=0)

    def construct(self, x, y):
        x_b, y_b = self.rebalance(x, y)
        logits = self.mlp(x_b).squeeze(-1)
        return self.loss_fn(logits, y_b)


def make():
    np.random.seed(4)
    ms.set_seed(4)
    x = Tensor(np.random.randn(8, 6).astype(np.float32))
    y = Tensor(np.array([0, 0, 1, 0, 0, 1, 0, 0], dtype=np.float32))
    return BalancedBatchHead(), (x, y)
