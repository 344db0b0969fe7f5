# case: jit function pads platform arrivals to a length given as a Python int argument -> static
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


@ms.jit
def pad_platform_arrivals(arrivals, max_trains):
    pad_rows = max_trains - arrivals.shape[0]
    padded = ops.pad(arrivals, (0, 0, 0, pad_rows))
    mask = ops.arange(max_trains) < arrivals.shape[0]
    return padded, mask


def make():
    np.random.seed(19)
    arr = Tensor(np.random.uniform(0, 60, size=(4, 3)).astype(np.float32))
    return pad_platform_arrivals, (arr, 6)
