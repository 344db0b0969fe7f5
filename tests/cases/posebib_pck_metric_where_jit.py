# case: jit-compiled PCK metric over several thresholds (tuple comprehension over a module constant), invisible joints excluded with three-argument ops.where and normalised by max(num_visible, 1) -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

PCK_THRESHOLDS = (0.05, 0.1, 0.2)


def _normalizer(bbox_wh):
    return ops.sqrt((bbox_wh ** 2).sum(-1))[:, None]


@ms.jit
def pck_accuracy(pred, gt, visibility, bbox_wh):
    dist = ops.sqrt(((pred - gt) ** 2).sum(-1)) / _normalizer(bbox_wh)
    visible = visibility > 0
    num_visible = visible.astype(ms.float32).sum()
    denom = ops.maximum(num_visible, ops.ones_like(num_visible))
    accs = tuple(
        ops.where(visible, (dist < thr).astype(ms.float32), ops.zeros_like(dist)).sum() / denom
        for thr in PCK_THRESHOLDS
    )
    return ops.stack(accs)


def make():
    np.random.seed(139)
    gt = Tensor(np.random.rand(4, 17, 2).astype(np.float32) * 64)
    pred = gt + Tensor(np.random.randn(4, 17, 2).astype(np.float32) * 4)
    vis = Tensor((np.random.rand(4, 17) > 0.25).astype(np.float32))
    wh = Tensor(np.full((4, 2), 64.0, np.float32))
    return pck_accuracy, (pred, gt, vis, wh)
