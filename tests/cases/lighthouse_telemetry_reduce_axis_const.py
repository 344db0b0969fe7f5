# case: @ms.jit function that averages buoy telemetry over both axes chosen by module-level constants and returns the two summaries -> constant reduce axes, static in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


BUOY_AXIS = 0
TIME_AXIS = 1


def despike(x, limit=5.0):
    return ops.clip_by_value(x, -limit, limit)


@ms.jit
def summarise_telemetry(tele):
    clean = despike(tele)
    per_time = clean.mean(axis=BUOY_AXIS)
    per_buoy = clean.mean(axis=TIME_AXIS)
    return per_time, per_buoy


def make():
    np.random.seed(3067)
    tele = Tensor(np.random.randn(7, 12).astype(np.float32) * 2.0)
    return summarise_telemetry, (tele,)
