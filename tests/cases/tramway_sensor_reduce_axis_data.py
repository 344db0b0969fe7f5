# case: jit function aggregates a door-sensor cube over the axis named by a runtime selector tensor (0 = over stops, 1 = over doors) -> reduce axis from tensor value, expect error
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


def normalise(counts, capacity):
    return counts / capacity


@ms.jit
def door_profile(counts, axis_selector):
    occ = normalise(counts, 214.0)
    axis = int(axis_selector)
    prof = occ.sum(axis=axis)
    return prof / prof.max()


def make():
    np.random.seed(3094)
    c = np.random.poisson(5, size=(12, 8)).astype(np.float32)
    return door_profile, (Tensor(c), Tensor(np.int32(1)))
