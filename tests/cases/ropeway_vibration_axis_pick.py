# case: reduce the sheave accelerometer block over the axis chosen by a tensor flag (0 = over sheaves, 1 = over time) inside an @ms.jit function -> reduce axis from tensor value, Graph mode error
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor


def rms(x, axis):
    return ops.sqrt((x * x).mean(axis=axis))


@ms.jit
def sheave_rms(accel, axis_flag):
    # accel: (sheaves, samples)
    centered = accel - accel.mean(axis=1, keep_dims=True)
    axis = int(axis_flag)
    return rms(centered, axis)


def make():
    np.random.seed(61)
    acc = np.random.randn(6, 256).astype(np.float32)
    return sheave_rms, (Tensor(acc), Tensor(1, ms.int32))
