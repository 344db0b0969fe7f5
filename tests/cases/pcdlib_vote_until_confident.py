# case: test-time voting keeps adding jittered votes while the mean confidence (a tensor) stays below a threshold, growing a Python list of logits -> error or dynamic (while loop on tensor value, list grown in it)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class AdaptiveVoteConfig:
    num_classes = 6
    feat_dim = 16
    max_votes = 5
    confidence = 0.9
    jitter = 0.01


class TinyPointNet(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.fc = nn.Dense(3, config.feat_dim)
        self.cls = nn.Dense(config.feat_dim, config.num_classes)

    def construct(self, xyz):
        return self.cls(ops.relu(self.fc(xyz)).max(axis=1))


class AdaptiveVoting(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.model = TinyPointNet(config)
        self.max_votes = config.max_votes
        self.confidence = config.confidence
        self.jitter = config.jitter

    def _vote(self, xyz, i):
        return self.model(xyz + self.jitter * i)

    def construct(self, xyz):
        logits = [self._vote(xyz, 0)]
        conf = ops.softmax(logits[0], -1).max(axis=-1).mean()
        n = 1
        while conf < self.confidence and n < self.max_votes:
            logits.append(self._vote(xyz, n))
            mean_logits = ops.stack(logits, 0).mean(0)
            conf = ops.softmax(mean_logits, -1).max(axis=-1).mean()
            n += 1
        return ops.stack(logits, 0).mean(0)


def make():
    np.random.seed(3496)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    return AdaptiveVoting(AdaptiveVoteConfig()), (xyz,)
