# case: a jit function increments a module-level frame counter and stores the last biomass tensor in a global dict -> global state mutation in graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

FRAME_COUNTER = 0
LAST_RESULTS = {}


@ms.jit
def estimate_frame_biomass(lengths_cm, valid):
    global FRAME_COUNTER
    FRAME_COUNTER += 1
    w = 0.012 * ops.pow(lengths_cm, 3.0) * valid.astype(ms.float32)
    total = w.sum() / 1000.0
    LAST_RESULTS["biomass"] = total
    return total


def make():
    np.random.seed(19)
    lengths = Tensor((np.random.rand(18) * 25 + 10).astype(np.float32))
    valid = Tensor(np.random.rand(18) > 0.2)
    return estimate_frame_biomass, (lengths, valid)
