# case: lameness scorer computes back-arch angles from keypoints with ops.atan2 on tensors and a velocity flag fixed in the constructor -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArchAngle(nn.Cell):
    def construct(self, keypoints):
        withers = keypoints[:, :, 0, :]
        spine = keypoints[:, :, 1, :]
        hip = keypoints[:, :, 2, :]
        v1 = withers - spine
        v2 = hip - spine
        a1 = ops.atan2(v1[..., 1], v1[..., 0])
        a2 = ops.atan2(v2[..., 1], v2[..., 0])
        return ops.abs(a1 - a2)


class LamenessScorer(nn.Cell):
    def __init__(self, n_frames=16, use_velocity=True, n_scores=5):
        super().__init__()
        self.use_velocity = use_velocity
        self.angle = ArchAngle()
        in_dim = 2 * n_frames - 1 if use_velocity else n_frames
        self.classifier = nn.Dense(in_dim, n_scores)

    def construct(self, keypoints):
        ang = self.angle(keypoints)
        if self.use_velocity:
            vel = ang[:, 1:] - ang[:, :-1]
            ang = ops.concat([ang, vel], axis=1)
        return ops.softmax(self.classifier(ang), axis=-1)


def make():
    np.random.seed(9)
    kp = np.random.uniform(0, 1, (3, 16, 3, 2)).astype(np.float32)
    return LamenessScorer(), (Tensor(kp),)
