# case: @ms.jit evaluation helper that keeps only target-trial scores with masked_select and computes their mean and the miss rate at a threshold -> dynamic shape from masked_select
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def target_trial_stats(scores, is_target, threshold):
    tgt = ops.masked_select(scores, is_target)
    misses = (tgt < threshold).astype(ms.float32)
    return tgt.mean(), misses.mean()


def make():
    np.random.seed(37)
    scores = Tensor(np.random.randn(30).astype(np.float32))
    is_target = Tensor(np.random.rand(30) > 0.6)
    thr = Tensor(np.array(0.2, dtype=np.float32))
    return target_trial_stats, (scores, is_target, thr)
