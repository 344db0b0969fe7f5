# case: winner-takes-all loss picks the best mode per agent with .asnumpy() and NumPy argmin on the final displacement error -> host NumPy on tensors in construct, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WTAConfig:
    cls_weight = 1.0
    reg_weight = 1.0
    use_fde = True


def displacement_error(pred, gt, use_fde):
    err = ops.norm(pred - gt.expand_dims(1), dim=-1)
    return err[..., -1] if use_fde else err.mean(axis=-1)


class WinnerTakesAllLoss(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.cls_w = config.cls_weight
        self.reg_w = config.reg_weight
        self.use_fde = config.use_fde
        self.ce = nn.CrossEntropyLoss()
        self.reg = nn.SmoothL1Loss()

    def _best_mode(self, pred, gt):
        de = displacement_error(pred, gt, self.use_fde)
        return Tensor(np.argmin(de.asnumpy(), axis=1).astype(np.int32))

    def construct(self, pred, logits, gt):
        best = self._best_mode(pred, gt)
        best_traj = ops.gather(pred, best, axis=1, batch_dims=1)
        reg = self.reg(best_traj, gt).mean()
        return self.cls_w * self.ce(logits, best) + self.reg_w * reg


def make():
    np.random.seed(21)
    pred = Tensor(np.random.randn(4, 6, 12, 2).astype(np.float32))
    logits = Tensor(np.random.randn(4, 6).astype(np.float32))
    gt = Tensor(np.random.randn(4, 12, 2).astype(np.float32))
    return WinnerTakesAllLoss(WTAConfig()), (pred, logits, gt)
