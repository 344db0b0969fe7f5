# case: acquisition step turns per-sample entropies into a Python list and picks the argmax with list.index -> compile error at line 22
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class BayesHead(nn.Cell):
    def __init__(self, in_dim=6, n_classes=4):
        super().__init__()
        self.fc = nn.Dense(in_dim, n_classes)

    def construct(self, x):
        return ops.softmax(self.fc(x), axis=-1)


class MaxEntropyAcquisition(nn.Cell):
    def __init__(self, in_dim=6, n_classes=4):
        super().__init__()
        self.head = BayesHead(in_dim, n_classes)

    def most_uncertain(self, entropy):
        scores = [float(e) for e in entropy]
        return scores.index(max(scores))

    def construct(self, pool):
        probs = self.head(pool)
        entropy = -(probs * ops.log(probs + 1e-8)).sum(-1)
        best = self.most_uncertain(entropy)
        return pool[best], entropy


def make():
    np.random.seed(19)
    pool = Tensor(np.random.randn(6, 6).astype(np.float32))
    return MaxEntropyAcquisition(), (pool,)
