# case: elbow/knee joint-angle features computed with a numpy arccos helper on tensors inside construct -> compile error at line 12
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

# (parent, joint, child) triplets on COCO-17
ANGLE_TRIPLETS = ((5, 7, 9), (6, 8, 10), (11, 13, 15), (12, 14, 16))


def angle_between(u, v, eps=1e-6):
    cos = (u * v).sum(-1) / (ops.norm(u, dim=-1) * ops.norm(v, dim=-1) + eps)
    return np.arccos(np.clip(cos, -1.0, 1.0))


class JointAngleFeatures(nn.Cell):
    def __init__(self, triplets=ANGLE_TRIPLETS, degrees=True):
        super().__init__()
        self.triplets = triplets
        self.degrees = degrees

    def construct(self, kpts):
        angles = []
        for a, b, c in self.triplets:
            ang = angle_between(kpts[:, a] - kpts[:, b], kpts[:, c] - kpts[:, b])
            angles.append(Tensor(ang, ms.float32))
        out = ops.stack(angles, axis=-1)
        if self.degrees:
            out = out * (180.0 / np.pi)
        return out


def make():
    np.random.seed(18)
    k = (np.random.rand(3, 17, 2) * 100).astype(np.float32)
    return JointAngleFeatures(), (Tensor(k),)
