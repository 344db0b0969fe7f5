# case: test-time voting rotates the cloud about z by angles given as a tensor; the rotation helper builds matrices with np.cos/np.sin on angle.asnumpy() -> error (asnumpy / numpy on tensors in construct)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class VoteConfig:
    def __init__(self, num_classes=10, feat_dim=32, softmax_votes=True):
        self.num_classes = num_classes
        self.feat_dim = feat_dim
        self.softmax_votes = softmax_votes


def z_rotation(angles):
    a = angles.asnumpy()
    c, s = np.cos(a), np.sin(a)
    zeros, ones = np.zeros_like(a), np.ones_like(a)
    mats = np.stack([np.stack([c, -s, zeros], -1),
                     np.stack([s, c, zeros], -1),
                     np.stack([zeros, zeros, ones], -1)], -2)
    return Tensor(mats.astype(np.float32))


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
        self.softmax_votes = config.softmax_votes

    def construct(self, xyz, angles):
        rots = z_rotation(angles)                      # (V, 3, 3)
        votes = 0
        for v in range(rots.shape[0]):
            logits = self.model(ops.matmul(xyz, rots[v]))
            votes = votes + (ops.softmax(logits, -1) if self.softmax_votes else logits)
        return votes / rots.shape[0]


def make():
    np.random.seed(3494)
    xyz = Tensor(np.random.rand(2, 64, 3).astype(np.float32))
    angles = Tensor(np.linspace(0, 2 * np.pi, 4, endpoint=False).astype(np.float32))
    return RotationVoting(VoteConfig()), (xyz, angles)
