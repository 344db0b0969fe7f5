# case: OKS loss with an optional target_weight (None -> all visible), invisible keypoints removed by multiplying with the mask and normalised by max(num_visible, 1) -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COCO_SIGMAS = [.26, .25, .25, .35, .35, .79, .79, .72, .72, .62, .62, 1.07, 1.07, .87, .87, .89, .89]


class LossCfg:
    def __init__(self, loss_weight=1.0, eps=1e-6, use_target_weight=True, return_per_keypoint=False):
        self.loss_weight = loss_weight
        self.eps = eps
        self.use_target_weight = use_target_weight
        self.return_per_keypoint = return_per_keypoint


class OKSLoss(nn.Cell):
    def __init__(self, cfg, sigmas=None):
        super().__init__()
        sigmas = np.array(COCO_SIGMAS if sigmas is None else sigmas, np.float32) / 10.0
        self.variances = Tensor((2 * sigmas) ** 2)
        self.loss_weight = cfg.loss_weight
        self.eps = cfg.eps
        self.use_target_weight = cfg.use_target_weight
        self.return_per_keypoint = cfg.return_per_keypoint

    def construct(self, pred, target, areas, target_weight=None):
        if target_weight is None or not self.use_target_weight:
            target_weight = ops.ones(pred.shape[:2], ms.float32)
        visible = (target_weight > 0).astype(ms.float32)
        num_visible = visible.sum()
        e = ((pred - target) ** 2).sum(-1) / (2.0 * areas[:, None] * self.variances + self.eps)
        per_kpt = (1.0 - ops.exp(-e)) * visible
        if self.return_per_keypoint:
            return per_kpt
        loss = per_kpt.sum() / ops.maximum(num_visible, ops.ones_like(num_visible))
        return loss * self.loss_weight


def make():
    np.random.seed(104)
    pred = Tensor(np.random.rand(4, 17, 2).astype(np.float32) * 48)
    target = Tensor(np.random.rand(4, 17, 2).astype(np.float32) * 48)
    areas = Tensor(np.full((4,), 900.0, np.float32))
    tw = Tensor((np.random.rand(4, 17) > 0.3).astype(np.float32))
    return OKSLoss(LossCfg()), (pred, target, areas, tw)
