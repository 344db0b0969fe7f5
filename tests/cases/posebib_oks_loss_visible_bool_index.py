# case: OKS loss keeps only visible keypoints by boolean-mask indexing (oks[target_weight > 0]) before reducing -> data-dependent shape in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COCO_SIGMAS = np.array([.26, .25, .25, .35, .35, .79, .79, .72, .72, .62, .62,
                        1.07, 1.07, .87, .87, .89, .89], dtype=np.float32) / 10.0


class OKSLossConfig:
    def __init__(self, loss_weight=1.0, eps=1e-6, reduction="mean"):
        self.loss_weight = loss_weight
        self.eps = eps
        self.reduction = reduction


class OKSLoss(nn.Cell):
    def __init__(self, config, sigmas=None):
        super().__init__()
        sigmas = COCO_SIGMAS if sigmas is None else np.asarray(sigmas, np.float32)
        self.variances = Tensor((2 * sigmas) ** 2, ms.float32)
        self.loss_weight = config.loss_weight
        self.eps = config.eps
        self.reduction = config.reduction

    def _oks(self, pred, target, areas):
        sq_dist = ((pred - target) ** 2).sum(-1)
        e = sq_dist / (2.0 * areas[:, None] * self.variances[None, :] + self.eps)
        return ops.exp(-e)

    def construct(self, pred, target, target_weight, areas):
        oks = self._oks(pred, target, areas)
        visible = target_weight > 0
        loss = 1.0 - oks[visible]
        if self.reduction == "mean":
            loss = loss.mean()
        else:
            loss = loss.sum()
        return loss * self.loss_weight


def make():
    np.random.seed(103)
    pred = Tensor(np.random.rand(4, 17, 2).astype(np.float32) * 48)
    target = Tensor(np.random.rand(4, 17, 2).astype(np.float32) * 48)
    tw = Tensor((np.random.rand(4, 17) > 0.3).astype(np.float32))
    areas = Tensor(np.full((4,), 900.0, np.float32))
    return OKSLoss(OKSLossConfig()), (pred, target, tw, areas)
