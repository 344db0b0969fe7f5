# case: cascade box refinement keeps running refinement stages while the mean IoU gain (a tensor) exceeds a tolerance, appending each stage's boxes to a list -> data-dependent loop count growing a list
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CascadeCfg:
    max_stages = 3
    tol = 1e-3
    return_all_stages = True


class RefineStage(nn.Dense):
    def __init__(self, feat_dim):
        super().__init__(feat_dim + 4, 4)


class IterativeRefiner(nn.Cell):
    def __init__(self, feat_dim, cfg=None):
        super().__init__()
        cfg = cfg if cfg is not None else CascadeCfg()
        self.stage = RefineStage(feat_dim)
        self.tol = cfg.tol
        self.max_stages = cfg.max_stages
        self.return_all_stages = cfg.return_all_stages

    def construct(self, feats, boxes):
        history = [boxes]
        gain = Tensor(1.0, ms.float32)
        it = 0
        while gain > self.tol and it < self.max_stages:
            delta = self.stage(ops.concat((feats, boxes), axis=1)) * 0.1
            it += 1
            boxes = boxes + delta
            history.append(boxes)
            gain = ops.abs(delta).mean()
        if self.return_all_stages:
            return ops.stack(history)
        return boxes


def make():
    np.random.seed(3361)
    feats = Tensor(np.random.randn(8, 12).astype(np.float32) * 0.01)
    boxes = Tensor((np.random.rand(8, 4) * 0.01).astype(np.float32))
    return IterativeRefiner(12), (feats, boxes)
