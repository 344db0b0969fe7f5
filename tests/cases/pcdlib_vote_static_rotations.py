# case: test-time voting with rotation matrices precomputed in numpy in __init__ and stored as a constant tensor, loop over range(config.num_votes) -> static
import math
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VoteConfig:
    def __init__(self, num_classes=10, feat_dim=32, num_votes=4, scale_jitter=(1.0, 1.0)):
        self.num_classes = num_classes
        self.feat_dim = feat_dim
        self.num_votes = num_votes
        self.scale_jitter = scale_jitter


def build_rotations(num_votes):
    mats = []
    for i in range(num_votes):
        a = 2 * math.pi * i / num_votes
        mats.append([[math.cos(a), -math.sin(a), 0.0], [math.sin(a), math.cos(a), 0.0], [0.0, 0.0, 1.0]])
    return Tensor(np.array(mats, dtype=np.float32))


class PointClassifier(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.enc = nn.SequentialCell([nn.Dense(3, config.feat_dim), nn.ReLU(), nn.Dense(config.feat_dim, config.feat_dim)])
        self.cls = nn.Dense(config.feat_dim, config.num_classes)

    def construct(self, xyz):
        return self.cls(self.enc(xyz).max(axis=1))


class RotationVoting(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.model = PointClassifier(config)
        self.num_votes = config.num_votes
        self.rotations = build_rotations(config.num_votes)
        lo, hi = config.scale_jitter
        self.scales = [lo + (hi - lo) * i / max(1, config.num_votes - 1) for i in range(config.num_votes)]

    def construct(self, xyz):
        votes = ops.zeros((xyz.shape[0], self.cls_dim()), ms.float32)
        for v in range(self.num_votes):
            rotated = ops.matmul(xyz, self.rotations[v]) * self.scales[v]
            votes = votes + ops.softmax(self.model(rotated), -1)
        return votes / self.num_votes

    def cls_dim(self):
        return self.model.cls.out_channels


def make():
    np.random.seed(3495)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    return RotationVoting(VoteConfig()), (xyz,)
