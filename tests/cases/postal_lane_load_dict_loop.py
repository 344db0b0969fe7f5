# case: @ms.jit lane load tally loops over the parcel lane tensor and uses int(lane) as a dict key to sum parcel weights per lane -> iterating a tensor with int() dict keys from data, rejected
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def lane_loads(lanes, weights_kg):
    loads = {}
    for i in range(lanes.shape[0]):
        key = int(lanes[i])
        if key in loads:
            loads[key] = loads[key] + weights_kg[i]
        else:
            loads[key] = weights_kg[i]
    return loads


def make():
    np.random.seed(171)
    lanes = Tensor(np.random.randint(0, 4, size=(8,)).astype(np.int32))
    weights = Tensor((np.random.rand(8) * 20).astype(np.float32))
    return lane_loads, (lanes, weights)
