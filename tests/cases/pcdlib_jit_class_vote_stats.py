# case: test-time voting accumulates probabilities in an @ms.jit_class VoteAccumulator created and mutated inside construct -> error or static (jit_class instance created and mutated in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class VoteAccumulator:
    def __init__(self, init):
        self.total = init
        self.count = 0

    def add(self, probs):
        self.total = self.total + probs
        self.count = self.count + 1

    def mean(self):
        return self.total / self.count


class VoteConfig:
    num_votes = 3
    num_classes = 5
    jitter = 0.02


class ScaleVoting(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.num_votes = config.num_votes
        self.jitter = config.jitter
        self.fc = nn.Dense(3, 16)
        self.cls = nn.Dense(16, config.num_classes)

    def _predict(self, xyz):
        return ops.softmax(self.cls(ops.relu(self.fc(xyz)).max(axis=1)), -1)

    def construct(self, xyz):
        acc = VoteAccumulator(ops.zeros((xyz.shape[0], self.cls.out_channels), ms.float32))
        for v in range(self.num_votes):
            acc.add(self._predict(xyz * (1.0 + self.jitter * v)))
        return acc.mean()


def make():
    np.random.seed(3510)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    return ScaleVoting(VoteConfig()), (xyz,)
