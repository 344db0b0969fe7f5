# case: winner-takes-all loss picks the best mode with ops.argmin on the ADE and selects it with a one-hot weighted sum (no data-dependent shapes) -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WTAConfig:
    def __init__(self, num_modes=6, cls_weight=1.0, reg_weight=1.0, use_fde=False):
        self.num_modes = num_modes
        self.cls_weight = cls_weight
        self.reg_weight = reg_weight
        self.use_fde = use_fde


def displacement_error(pred, gt, use_fde):
    err = ops.norm(pred - gt.expand_dims(1), dim=-1)
    return err[..., -1] if use_fde else err.mean(axis=-1)


class WinnerTakesAllLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.k = config.num_modes
        self.cls_w, self.reg_w = config.cls_weight, config.reg_weight
        self.use_fde = config.use_fde
        self.ce = nn.CrossEntropyLoss()

    def construct(self, pred, logits, gt, agent_mask=None):
        de = displacement_error(pred, gt, self.use_fde)
        best = ops.argmin(de, axis=1)
        onehot = ops.one_hot(best, self.k, Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        best_traj = (pred * onehot.reshape(onehot.shape + (1, 1))).sum(axis=1)
        reg = ops.smooth_l1_loss(best_traj, gt, reduction="none").mean(axis=(1, 2))
        if agent_mask is not None:
            w = agent_mask.astype(reg.dtype)
            reg = (reg * w).sum() / ops.clamp(w.sum(), min=1.0)
        else:
            reg = reg.mean()
        return self.cls_w * self.ce(logits, best.astype(ms.int32)) + self.reg_w * reg


def make():
    np.random.seed(22)
    pred = Tensor(np.random.randn(4, 6, 12, 2).astype(np.float32))
    logits = Tensor(np.random.randn(4, 6).astype(np.float32))
    gt = Tensor(np.random.randn(4, 12, 2).astype(np.float32))
    mask = Tensor(np.array([1, 1, 1, 0], dtype=np.bool_))
    return WinnerTakesAllLoss(WTAConfig()), (pred, logits, gt, mask)
