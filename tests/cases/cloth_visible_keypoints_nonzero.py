# case: pose keypoints filtered to the visible ones with nonzero + gather before computing torso centre -> dynamic shape from nonzero
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TorsoCenter(nn.Cell):
    def __init__(self, vis_thresh=0.3):
        super().__init__()
        self.vis_thresh = vis_thresh

    def construct(self, keypoints, visibility):
        # keypoints: (K, 2), visibility: (K,)
        idx = ops.nonzero(visibility > self.vis_thresh).reshape(-1)
        visible = ops.gather(keypoints, idx, 0)
        center = visible.mean(axis=0)
        spread = (visible - center).abs().max(axis=0)
        return center, spread


def make():
    np.random.seed(1)
    kps = Tensor(np.random.rand(17, 2).astype(np.float32) * 64)
    vis = Tensor(np.random.rand(17).astype(np.float32))
    return TorsoCenter(), (kps, vis)
