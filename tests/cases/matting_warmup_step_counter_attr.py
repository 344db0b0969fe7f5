# case: alpha loss that ramps up its refinement weight by incrementing self.global_step in construct -> attribute write on self in graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class WarmupMattingLoss(nn.Cell):
    def __init__(self, warmup_steps=100, refine_weight=2.0):
        super().__init__()
        self.warmup_steps = warmup_steps
        self.refine_weight = refine_weight
        self.global_step = 0

    def construct(self, coarse, refined, gt, trimap):
        unknown = ops.logical_and(trimap > 0.1, trimap < 0.9).astype(ms.float32)
        coarse_loss = ops.abs(coarse - gt).mean()
        refine_loss = (ops.abs(refined - gt) * unknown).sum() / (unknown.sum() + 1e-6)
        self.global_step = self.global_step + 1
        ramp = min(self.global_step / self.warmup_steps, 1.0)
        return coarse_loss + ramp * self.refine_weight * refine_loss


def make():
    np.random.seed(10)
    shp = (2, 1, 10, 10)
    coarse = Tensor(np.random.rand(*shp).astype(np.float32))
    refined = Tensor(np.random.rand(*shp).astype(np.float32))
    gt = Tensor(np.random.rand(*shp).astype(np.float32))
    tri = Tensor(np.random.choice([0.0, 0.5, 1.0], size=shp).astype(np.float32))
    return WarmupMattingLoss(), (coarse, refined, gt, tri)
