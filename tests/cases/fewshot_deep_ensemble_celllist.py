# case: deep ensemble over an nn.CellList, averaged probabilities and per-sample disagreement -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Member(nn.Cell):
    def __init__(self, in_dim=8, hidden=12, n_classes=3, activation="relu"):
        super().__init__()
        self.fc1 = nn.Dense(in_dim, hidden)
        self.act = nn.ReLU() if activation == "relu" else nn.Tanh()
        self.fc2 = nn.Dense(hidden, n_classes)

    def construct(self, x):
        return self.fc2(self.act(self.fc1(x)))


class DeepEnsembleClassifier(nn.Cell):
    def __init__(self, n_members=4, in_dim=8, n_classes=3):
        super().__init__()
        acts = ["relu", "tanh"]
        self.members = nn.CellList([Member(in_dim, 12, n_classes, acts[i % 2]) for i in range(n_members)])
        self.n_members = n_members

    def construct(self, x):
        probs = []
        for member in self.members:
            probs.append(ops.softmax(member(x), axis=-1))
        probs = ops.stack(probs)
        mean = probs.mean(0)
        disagreement = ((probs - mean.expand_dims(0)) ** 2).sum(-1).mean(0)
        confidence, pred = mean.max(axis=-1, return_indices=True)
        return pred, confidence, disagreement


def make():
    np.random.seed(33)
    x = Tensor(np.random.randn(6, 8).astype(np.float32))
    return DeepEnsembleClassifier(), (x,)
