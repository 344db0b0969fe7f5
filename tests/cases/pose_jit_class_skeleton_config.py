# case: read-only @ms.jit_class skeleton config (flip pairs, joint weights) consumed by a weighted heatmap loss -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class SkeletonConfig:
    def __init__(self, num_joints=17, upper_body_weight=1.5):
        self.num_joints = num_joints
        w = np.ones((num_joints,), np.float32)
        w[5:11] = upper_body_weight
        self.joint_weights = Tensor(w)
        self.flip_pairs = ((1, 2), (3, 4), (5, 6), (7, 8), (9, 10), (11, 12), (13, 14), (15, 16))


class WeightedHeatmapLoss(nn.Cell):
    def __init__(self, cfg=None, use_target_weight=True):
        super().__init__()
        self.cfg = cfg if cfg is not None else SkeletonConfig()
        self.use_target_weight = use_target_weight

    def construct(self, pred, target, target_weight):
        b = pred.shape[0]
        per_joint = ops.square(pred - target).reshape(b, self.cfg.num_joints, -1).mean(-1)
        w = self.cfg.joint_weights.reshape(1, -1)
        if self.use_target_weight:
            w = w * target_weight
        return (per_joint * w).mean()


def make():
    np.random.seed(33)
    p = np.random.rand(2, 17, 16, 12).astype(np.float32)
    t = np.random.rand(2, 17, 16, 12).astype(np.float32)
    tw = (np.random.rand(2, 17) > 0.2).astype(np.float32)
    return WeightedHeatmapLoss(), (Tensor(p), Tensor(t), Tensor(tw))
