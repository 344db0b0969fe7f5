# case: query-by-committee stacks member probabilities from a CellList in a constant loop and scores mean KL to consensus -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Member(nn.Cell):
    def __init__(self, in_dim, num_classes):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_classes)

    def construct(self, x):
        return ops.softmax(self.fc(x), axis=-1)


class CommitteeKL(nn.Cell):
    def __init__(self, in_dim=6, num_classes=3, n_members=3, budget=4):
        super().__init__()
        self.members = nn.CellList([Member(in_dim, num_classes) for _ in range(n_members)])
        self.budget = budget

    def construct(self, x):
        outs = []
        for m in self.members:
            outs.append(m(x))
        probs = ops.stack(outs, axis=0)
        consensus = probs.mean(axis=0, keep_dims=True)
        kl = (probs * (ops.log(probs + 1e-8) - ops.log(consensus + 1e-8))).sum(axis=-1)
        score = kl.mean(axis=0)
        return ops.topk(score, self.budget)


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(9, 6).astype(np.float32))
    return CommitteeKL(), (x,)
