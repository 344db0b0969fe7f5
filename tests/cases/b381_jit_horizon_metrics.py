# case: @ms.jit per-horizon masked MAE/RMSE/MAPE report looping over range(pred.shape[1]) and returning a tuple of per-horizon tensors -> shape-driven Python loop, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

METRICS = ("mae", "rmse", "mape")


def _masked(err, mask):
    return (err * mask).sum() / ops.maximum(mask.sum(), Tensor(1.0, ms.float32))


@ms.jit
def horizon_report(pred, target):
    mask = (target != 0.0).astype(ms.float32)
    safe = ops.where(target == 0.0, ops.ones_like(target), target)
    rows = []
    for h in range(pred.shape[1]):
        p, y, m = pred[:, h], target[:, h], mask[:, h]
        mae = _masked(ops.abs(p - y), m)
        rmse = ops.sqrt(_masked(ops.square(p - y), m))
        mape = _masked(ops.abs(p - y) / ops.abs(safe[:, h]), m)
        rows.append(ops.stack([mae, rmse, mape]))
    return ops.stack(rows)


def make():
    np.random.seed(3838)
    target = (np.random.rand(4, 3, 6) * 70).astype(np.float32)
    target[np.random.rand(*target.shape) < 0.15] = 0.0
    pred = target + np.random.randn(*target.shape).astype(np.float32)
    return horizon_report, (Tensor(pred), Tensor(target))
