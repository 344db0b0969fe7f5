# case: limb vectors collected into a Python list only for limbs whose both endpoints are visible, then stacked -> list grown under a tensor condition in a loop
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LIMBS = ((5, 7), (7, 9), (6, 8), (8, 10), (11, 13), (12, 14))


class LimbDirection(nn.Cell):
    def __init__(self, vis_thresh=0.4):
        super().__init__()
        self.vis_thresh = vis_thresh

    def construct(self, kps, vis):
        limbs = []
        for a, b in LIMBS:
            if vis[a] > self.vis_thresh and vis[b] > self.vis_thresh:
                v = kps[b] - kps[a]
                limbs.append(v / (ops.norm(v) + 1e-6))
        return ops.stack(limbs)


def make():
    np.random.seed(9)
    kps = Tensor(np.random.rand(17, 2).astype(np.float32))
    vis = Tensor(np.random.rand(17).astype(np.float32))
    vis[5] = 0.9
    vis[7] = 0.9
    return LimbDirection(), (kps, vis)
