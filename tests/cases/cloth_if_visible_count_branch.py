# case: returns all arm keypoints when enough are visible, otherwise only the shoulder pair (tensor if with different-shaped branches) -> branch outputs of different shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ArmAnchorSelector(nn.Cell):
    def __init__(self, min_visible=4):
        super().__init__()
        self.min_visible = min_visible

    def construct(self, arm_kps, arm_vis):
        n_visible = (arm_vis > 0.5).astype(ms.int32).sum()
        if n_visible >= self.min_visible:
            anchors = arm_kps
        else:
            anchors = arm_kps[:2]
        return anchors * 2.0


def make():
    np.random.seed(8)
    kps = Tensor(np.random.rand(6, 2).astype(np.float32))
    vis = Tensor(np.random.rand(6).astype(np.float32))
    return ArmAnchorSelector(), (kps, vis)
