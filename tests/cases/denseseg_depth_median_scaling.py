# case: jit-compiled monocular-depth evaluation with per-image median scaling over valid gt pixels -> dynamic shape at line 21
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_DEPTH = 1e-3
MAX_DEPTH = 80.0


def compute_errors(gt, pred):
    thresh = ops.maximum(gt / pred, pred / gt)
    a1 = (thresh < 1.25).astype(ms.float32).mean()
    abs_rel = (ops.abs(gt - pred) / gt).mean()
    rmse = ops.sqrt(((gt - pred) ** 2).mean())
    return ops.stack([abs_rel, rmse, a1])


@ms.jit
def eval_depth_median_scaled(pred_depth, gt_depth):
    mask = ops.logical_and(gt_depth > MIN_DEPTH, gt_depth < MAX_DEPTH)
    pred = ops.masked_select(pred_depth, mask)
    gt = ops.masked_select(gt_depth, mask)
    ratio = ops.median(gt)[0] / ops.median(pred)[0]
    pred = ops.clamp(pred * ratio, MIN_DEPTH, MAX_DEPTH)
    return compute_errors(gt, pred), ratio


def make():
    np.random.seed(15)
    pred = Tensor(np.random.uniform(0.1, 5.0, size=(1, 12, 16)).astype(np.float32))
    gt = np.random.uniform(1.0, 60.0, size=(1, 12, 16)).astype(np.float32)
    gt[:, :4] = 0.0
    return eval_depth_median_scaled, (pred, Tensor(gt))
