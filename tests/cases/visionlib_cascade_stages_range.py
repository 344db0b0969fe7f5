# case: Cascade R-CNN head runs a fixed number of refinement stages from the config, appending per-stage boxes to a list in a loop over range(num_stages) -> static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CascadeCfg:
    num_stages = 3
    stage_loss_weights = (1.0, 0.5, 0.25)
    return_all_stages = True


class RefineStage(nn.Dense):
    def __init__(self, feat_dim):
        super().__init__(feat_dim + 4, 4)

    def construct(self, feats, boxes):
        delta = super().construct(ops.concat((feats, boxes), axis=1))
        return boxes + delta * 0.1


class CascadeRefiner(nn.Cell):
    def __init__(self, feat_dim, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else CascadeCfg()
        self.num_stages = cfg.num_stages
        self.weights = cfg.stage_loss_weights
        self.return_all_stages = cfg.return_all_stages
        self.stages = nn.CellList([RefineStage(feat_dim) for _ in range(self.num_stages)])

    def construct(self, feats, boxes):
        history = []
        for i in range(self.num_stages):
            boxes = self.stages[i](feats, boxes)
            history.append(boxes * self.weights[i])
        if self.return_all_stages:
            return ops.stack(history)
        return boxes


def make():
    np.random.seed(3362)
    feats = Tensor(np.random.randn(8, 12).astype(np.float32))
    boxes = Tensor((np.random.rand(8, 4) * 50).astype(np.float32))
    return CascadeRefiner(12), (feats, boxes)
