# case: BALD acquisition score from a fixed number of MC-dropout passes (total entropy minus expected entropy) with a helper entropy function -> constant loop, static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def entropy(p, axis=-1):
    return -(p * ops.log(p + 1e-10)).sum(axis=axis)


class BALDScorer(nn.Cell):
    def __init__(self, in_dim=10, hidden=20, num_classes=4, drop=0.3, mc_samples=5):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.drop = nn.Dropout(p=drop)
        self.fc2 = nn.Dense(hidden, num_classes)
        self.mc_samples = mc_samples

    def construct(self, x):
        probs = []
        for _ in range(self.mc_samples):
            h = self.drop(ops.relu(self.fc1(x)))
            probs.append(ops.softmax(self.fc2(h), axis=-1))
        p = ops.stack(probs, axis=0)
        total = entropy(p.mean(axis=0))
        expected = entropy(p).mean(axis=0)
        return total - expected, total


def make():
    np.random.seed(0)
    scorer = BALDScorer()
    scorer.set_train(True)
    x = Tensor(np.random.randn(6, 10).astype(np.float32))
    return scorer, (x,)
