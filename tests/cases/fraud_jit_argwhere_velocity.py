# case: jit function finds positions where consecutive transfers happen within a short gap using ops.argwhere and returns the amounts at those positions -> argwhere output size is data-dependent, dynamic shape
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

MIN_GAP_SECONDS = 60.0


@ms.jit
def rapid_fire_amounts(timestamps, amounts):
    gaps = timestamps[1:] - timestamps[:-1]
    rapid = gaps < MIN_GAP_SECONDS
    pos = ops.argwhere(rapid).reshape(-1) + 1
    burst = ops.gather(amounts, pos, 0)
    return burst.sum(), pos


def make():
    np.random.seed(32)
    timestamps = Tensor(np.cumsum(np.random.rand(15) * 180).astype(np.float32))
    amounts = Tensor((np.random.rand(15) * 400).astype(np.float32))
    return rapid_fire_amounts, (timestamps, amounts)
