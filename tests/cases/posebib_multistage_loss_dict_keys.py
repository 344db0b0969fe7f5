# case: multi-stage pose loss collects per-stage losses in a dict with f-string keys built from a Python loop index, then sums dict values for the total -> constant keys, expected to compile
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LossCfg:
    def __init__(self, num_stages=3, loss_weight=1.0, use_target_weight=True):
        self.num_stages = num_stages
        self.loss_weight = loss_weight
        self.use_target_weight = use_target_weight


class KeypointMSELoss(nn.Cell):
    def __init__(self, use_target_weight=True):
        super().__init__()
        self.use_target_weight = use_target_weight

    def construct(self, pred, target, target_weight=None):
        d = (pred - target) ** 2
        if self.use_target_weight and target_weight is not None:
            d = d * target_weight[:, :, None, None]
        return d.mean()


class MultiStageLoss(nn.Cell):
    def __init__(self, cfg):
        super().__init__()
        self.num_stages = cfg.num_stages
        self.loss_weight = cfg.loss_weight
        self.criterion = KeypointMSELoss(cfg.use_target_weight)

    def construct(self, stage_heatmaps, target, target_weight):
        losses = dict()
        for i in range(self.num_stages):
            losses[f"loss_kpt_s{i}"] = self.criterion(stage_heatmaps[i], target, target_weight) * self.loss_weight
        total = 0.0
        for v in losses.values():
            total = total + v
        losses["loss"] = total
        return losses


def make():
    np.random.seed(134)
    stage_hm = Tensor(np.random.rand(3, 2, 17, 16, 12).astype(np.float32))
    target = Tensor(np.random.rand(2, 17, 16, 12).astype(np.float32))
    tw = Tensor((np.random.rand(2, 17) > 0.2).astype(np.float32))
    return MultiStageLoss(LossCfg()), (stage_hm, target, tw)
