# case: jit function computes a velocity score from inter-transaction gaps, masking gaps above a cutoff with ops.masked_fill instead of selecting them -> fixed shapes, static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_GAP_SECONDS = 60.0


@ms.jit
def rapid_fire_score(timestamps, amounts):
    gaps = timestamps[1:] - timestamps[:-1]
    slow = gaps >= MIN_GAP_SECONDS
    burst_amounts = ops.masked_fill(amounts[1:], slow, 0.0)
    n_rapid = ops.logical_not(slow).astype(ms.float32).sum()
    intensity = burst_amounts.sum() / ops.clamp(amounts.sum(), min=1.0)
    return intensity, n_rapid


def make():
    np.random.seed(39)
    timestamps = Tensor(np.cumsum(np.random.rand(15) * 180).astype(np.float32))
    amounts = Tensor((np.random.rand(15) * 400).astype(np.float32))
    return rapid_fire_score, (timestamps, amounts)
