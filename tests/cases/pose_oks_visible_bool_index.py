# case: COCO OKS between predicted and GT keypoints averaged over labelled joints via boolean-mask indexing -> dynamic shape at line 24
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

COCO_SIGMAS = [0.026, 0.025, 0.025, 0.035, 0.035, 0.079, 0.079, 0.072, 0.072,
               0.062, 0.062, 0.107, 0.107, 0.087, 0.087, 0.089, 0.089]


class ObjectKeypointSimilarity(nn.Cell):
    def __init__(self, sigmas=None):
        super().__init__()
        sig = np.array(sigmas if sigmas is not None else COCO_SIGMAS, np.float32)
        self.kappa = Tensor((2.0 * sig) ** 2)

    def _per_joint(self, pred, gt, area):
        d2 = ((pred - gt) ** 2).sum(-1)
        e = d2 / (self.kappa * (area.expand_dims(-1) + 1e-6) * 2.0)
        return ops.exp(-e)

    def construct(self, pred, gt, vis, area):
        sim = self._per_joint(pred, gt, area)
        labelled = vis > 0
        per_kpt = sim[labelled]
        n = ops.maximum(labelled.astype(ms.float32).sum(), 1.0)
        return per_kpt.sum() / n


def make():
    np.random.seed(3)
    gt = np.random.rand(3, 17, 2).astype(np.float32) * 64
    pred = gt + np.random.randn(3, 17, 2).astype(np.float32)
    vis = np.random.randint(0, 3, size=(3, 17)).astype(np.int32)
    area = np.full((3,), 900.0, np.float32)
    return ObjectKeypointSimilarity(), (Tensor(pred), Tensor(gt), Tensor(vis), Tensor(area))
