# case: @ms.jit masked RMSE metric that divides by the Python int count of observed readings taken with int(mask.sum()) and slices the sorted errors to that count -> int() of tensor data and data-length slice in a jit function
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

NULL_VALUE = 0.0


def _observed(target, null_value=NULL_VALUE):
    return (target != null_value).astype(ms.float32)


@ms.jit
def masked_rmse_trimmed(pred, target):
    mask = _observed(target)
    n_obs = int(mask.sum())
    sq = ops.square(pred - target) * mask
    sq_sorted = ops.sort(sq.reshape(-1), descending=True)[0]
    kept = sq_sorted[:n_obs]
    return ops.sqrt(kept.sum() / n_obs)


def make():
    np.random.seed(3837)
    target = (np.random.rand(3, 12, 5) * 70).astype(np.float32)
    target[np.random.rand(*target.shape) < 0.2] = 0.0
    pred = target + np.random.randn(*target.shape).astype(np.float32) * 2
    return masked_rmse_trimmed, (Tensor(pred), Tensor(target))
