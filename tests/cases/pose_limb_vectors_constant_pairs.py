# case: limb direction/length features gathered with constant parent/child index tensors from a skeleton table -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COCO_SKELETON = [(15, 13), (13, 11), (16, 14), (14, 12), (11, 12), (5, 11), (6, 12),
                 (5, 6), (5, 7), (6, 8), (7, 9), (8, 10), (1, 2), (0, 1), (0, 2)]


class LimbFeatureExtractor(nn.Cell):
    def __init__(self, skeleton=None, normalize=True, eps=1e-6):
        super().__init__()
        skeleton = COCO_SKELETON if skeleton is None else skeleton
        self.parents = Tensor(np.array([p for p, _ in skeleton], np.int32))
        self.children_idx = Tensor(np.array([c for _, c in skeleton], np.int32))
        self.normalize = normalize
        self.eps = eps

    def construct(self, kpts, vis):
        src = ops.gather(kpts, self.parents, 1)
        dst = ops.gather(kpts, self.children_idx, 1)
        vec = dst - src
        length = ops.sqrt((vec * vec).sum(-1, keepdims=True) + self.eps)
        limb_vis = ops.gather(vis, self.parents, 1) * ops.gather(vis, self.children_idx, 1)
        if self.normalize:
            vec = vec / length
        return vec * limb_vis.expand_dims(-1), length.squeeze(-1) * limb_vis


def make():
    np.random.seed(21)
    k = (np.random.rand(3, 17, 2) * 64).astype(np.float32)
    v = (np.random.rand(3, 17) > 0.2).astype(np.float32)
    return LimbFeatureExtractor(), (Tensor(k), Tensor(v))
