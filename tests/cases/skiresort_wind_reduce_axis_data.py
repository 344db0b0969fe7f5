# case: a jitted helper sums wind-station readings along an axis chosen by a tensor flag (0 = per hour, 1 = per station) -> reduction axis taken from tensor data, expected error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit
def wind_totals(gusts, axis_flag):
    axis = int(axis_flag)
    totals = ops.reduce_sum(gusts, axis)
    return totals / gusts.shape[axis]


def make():
    np.random.seed(181)
    gusts = Tensor(np.random.uniform(0, 30, (8, 24)).astype(np.float32))
    flag = Tensor(np.array(1, np.int32))
    return wind_totals, (gusts, flag)
