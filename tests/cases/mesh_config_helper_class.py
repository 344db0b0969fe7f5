# case: plain Python config object read at construction time to set loss weights for keypoint, shape and pose prior terms -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossConfig:
    def __init__(self, kp2d=5.0, betas=0.001, pose=0.01, use_pose_prior=True):
        self.kp2d = kp2d
        self.betas = betas
        self.pose = pose
        self.use_pose_prior = use_pose_prior


class BodyFitLoss(nn.Cell):
    def __init__(self, cfg=None):
        super().__init__()
        cfg = LossConfig() if cfg is None else cfg
        self.w_kp = cfg.kp2d
        self.w_betas = cfg.betas
        self.w_pose = cfg.pose
        self.use_pose_prior = cfg.use_pose_prior

    def construct(self, pred_kp, gt_kp, betas, pose):
        loss = self.w_kp * ((pred_kp - gt_kp) ** 2).mean()
        loss = loss + self.w_betas * (betas ** 2).sum(-1).mean()
        if self.use_pose_prior:
            loss = loss + self.w_pose * (pose ** 2).sum(-1).mean()
        return loss


def make():
    np.random.seed(0)
    pk = Tensor(np.random.randn(2, 17, 2).astype(np.float32))
    gk = Tensor(np.random.randn(2, 17, 2).astype(np.float32))
    betas = Tensor(np.random.randn(2, 10).astype(np.float32))
    pose = Tensor(np.random.randn(2, 72).astype(np.float32))
    return BodyFitLoss(), (pk, gk, betas, pose)
