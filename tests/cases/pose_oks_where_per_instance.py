# case: per-instance OKS with visibility handled by ops.where and a fixed-size mask sum -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OKSMetric(nn.Cell):
    def __init__(self, num_joints=17, default_sigma=0.05, use_area=True):
        super().__init__()
        self.num_joints = num_joints
        self.use_area = use_area
        self.vars = Tensor(np.full((num_joints,), (2 * default_sigma) ** 2, np.float32))

    def _scale(self, boxes):
        if self.use_area:
            wh = boxes[:, 2:4] - boxes[:, 0:2]
            return (wh[:, 0] * wh[:, 1]).expand_dims(-1)
        return ops.ones((boxes.shape[0], 1), ms.float32)

    def construct(self, pred, gt, vis, boxes):
        s = self._scale(boxes)
        d2 = ops.square(pred - gt).sum(-1)
        e = d2 / (2.0 * s * self.vars + 1e-9)
        sim = ops.exp(-e)
        valid = vis > 0
        sim = ops.where(valid, sim, ops.zeros_like(sim))
        cnt = valid.astype(ms.float32).sum(-1)
        oks = sim.sum(-1) / ops.clamp(cnt, min=1.0)
        return oks


def make():
    np.random.seed(4)
    gt = np.random.rand(5, 17, 2).astype(np.float32) * 100
    pred = gt + np.random.randn(5, 17, 2).astype(np.float32) * 2
    vis = np.random.randint(0, 3, size=(5, 17)).astype(np.int32)
    boxes = np.tile(np.array([[10, 10, 90, 110]], np.float32), (5, 1))
    return OKSMetric(), (Tensor(pred), Tensor(gt), Tensor(vis), Tensor(boxes))
