# case: abstaining classifier returns the logits of accepted samples through boolean-mask indexing logits[conf >= tau] -> boolean indexing gives a data-dependent row count, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AbstainingClassifier(nn.Cell):
    def __init__(self, in_dim=9, num_classes=3, tau=0.55):
        super().__init__()
        self.encoder = nn.Dense(in_dim, 18)
        self.act = nn.GELU()
        self.cls = nn.Dense(18, num_classes)
        self.tau = tau

    def construct(self, x):
        logits = self.cls(self.act(self.encoder(x)))
        conf = ops.softmax(logits, axis=-1).max(axis=-1)
        accepted = conf >= self.tau
        accepted_logits = logits[accepted]
        coverage = ops.cast(accepted, ms.float32).mean()
        return accepted_logits, coverage


def make():
    np.random.seed(0)
    net = AbstainingClassifier()
    x = Tensor(np.random.randn(11, 9).astype(np.float32) * 2)
    return net, (x,)
