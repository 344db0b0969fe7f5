# case: limb-length normalizer that wraps keypoints in a plain Python Skeleton object inside construct and returns its fields -> compile error at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COCO_LIMBS = ((5, 7), (7, 9), (6, 8), (8, 10), (11, 13), (13, 15), (12, 14), (14, 16))


class Skeleton:
    def __init__(self, joints, limbs):
        self.joints = joints
        self.limbs = limbs
        self.scale = None

    def limb_lengths(self):
        out = []
        for a, b in self.limbs:
            out.append(ops.norm(self.joints[:, a] - self.joints[:, b], dim=-1))
        return ops.stack(out, axis=-1)

    def normalize(self):
        self.scale = self.limb_lengths().mean(-1, keep_dims=True)
        self.joints = self.joints / self.scale.expand_dims(-1)
        return self


class ScaleNormalizer(nn.Cell):
    def __init__(self, limbs=COCO_LIMBS):
        super().__init__()
        self.limbs = limbs

    def construct(self, kpts):
        skel = Skeleton(kpts, self.limbs)
        skel = skel.normalize()
        return skel.joints, skel.scale


def make():
    np.random.seed(20)
    k = (np.random.rand(2, 17, 2) * 50 + 1).astype(np.float32)
    return ScaleNormalizer(), (Tensor(k),)
