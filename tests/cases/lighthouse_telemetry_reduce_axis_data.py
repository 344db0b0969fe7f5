# case: @ms.jit function that averages buoy telemetry over the axis named by a mode tensor (converted with int()) -> reduce axis from tensor data, rejected or dynamic in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def despike(x, limit=5.0):
    return ops.clip_by_value(x, -limit, limit)


@ms.jit
def summarise_telemetry(tele, mode):
    # mode 0: average over buoys, mode 1: average over time steps
    clean = despike(tele)
    axis = int(mode)
    return clean.mean(axis=axis)


def make():
    np.random.seed(3066)
    tele = Tensor(np.random.randn(7, 12).astype(np.float32) * 2.0)
    mode = Tensor(np.int32(1))
    return summarise_telemetry, (tele, mode)
