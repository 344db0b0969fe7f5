# case: committee (query-by-committee) averages member probabilities with sum() over a generator expression of sub-Cell outputs -> generator expression in construct, likely unsupported in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class Member(nn.Cell):
    def __init__(self, in_dim, num_classes):
        super().__init__()
        self.fc = nn.Dense(in_dim, num_classes)

    def construct(self, x):
        return ops.softmax(self.fc(x), axis=-1)


class CommitteeDisagreement(nn.Cell):
    def __init__(self, in_dim=6, num_classes=3, n_members=3):
        super().__init__()
        self.members = nn.CellList([Member(in_dim, num_classes) for _ in range(n_members)])
        self.n_members = n_members

    def construct(self, x):
        mean_probs = sum(m(x) for m in self.members) / self.n_members
        vote_entropy = -(mean_probs * ops.log(mean_probs + 1e-8)).sum(axis=-1)
        return vote_entropy


def make():
    np.random.seed(22)
    x = Tensor(np.random.randn(9, 6).astype(np.float32))
    return CommitteeDisagreement(), (x,)
