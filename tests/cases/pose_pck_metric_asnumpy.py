# case: PCK@0.2 metric cell that normalizes by torso size and converts to numpy for the hit ratio -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PCKMetric(nn.Cell):
    """Percentage of correct keypoints, normalized by torso diameter."""

    def __init__(self, alpha=0.2, left_shoulder=5, right_hip=12):
        super().__init__()
        self.alpha = alpha
        self.ls = left_shoulder
        self.rh = right_hip

    def _torso(self, gt):
        d = gt[:, self.ls, :] - gt[:, self.rh, :]
        return ops.sqrt((d * d).sum(-1) + 1e-6)

    def construct(self, pred, gt, vis):
        torso = self._torso(gt)
        dist = ops.sqrt(((pred - gt) ** 2).sum(-1))
        norm = dist / torso.expand_dims(-1)
        hits = (norm < self.alpha).astype(ms.float32) * vis
        hit_np = hits.asnumpy()
        vis_np = vis.asnumpy()
        ratio = hit_np.sum() / max(vis_np.sum(), 1.0)
        return Tensor(np.array(ratio, np.float32))


def make():
    np.random.seed(5)
    gt = np.random.rand(4, 17, 2).astype(np.float32) * 128
    pred = gt + np.random.randn(4, 17, 2).astype(np.float32) * 4
    vis = (np.random.rand(4, 17) > 0.2).astype(np.float32)
    return PCKMetric(), (Tensor(pred), Tensor(gt), Tensor(vis))
