# case: zero out pose parameters of padded (invalid) people with ops.select on a broadcast validity mask -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PoseHead(nn.Cell):
    def __init__(self, feat_dim=32, num_joints=8):
        super().__init__()
        self.fc = nn.Dense(feat_dim, num_joints * 3)
        self.num_joints = num_joints

    def construct(self, feats):
        return self.fc(feats).reshape(feats.shape[0], feats.shape[1], self.num_joints, 3)


class MultiPersonPose(nn.Cell):
    def __init__(self):
        super().__init__()
        self.head = PoseHead()

    def construct(self, feats, valid):
        # feats: (B, P, F), valid: (B, P) bool for padded people slots
        pose = self.head(feats)
        valid4 = ops.broadcast_to(valid.reshape(valid.shape[0], valid.shape[1], 1, 1), pose.shape)
        pose = ops.select(valid4, pose, ops.zeros_like(pose))
        return pose


def make():
    np.random.seed(0)
    feats = Tensor(np.random.randn(2, 5, 32).astype(np.float32))
    valid = Tensor(np.array([[1, 1, 0, 0, 0], [1, 1, 1, 1, 0]], dtype=bool))
    return MultiPersonPose(), (feats, valid)
