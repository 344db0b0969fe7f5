# case: @ms.jit linear frame interpolation generating NUM_MID intermediate frames by looping over range(NUM_MID) (module constant) and stacking a tuple -> Python-int loop, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

NUM_MID = 3


def timesteps_for(num_mid):
    return [(i + 1) / (num_mid + 1) for i in range(num_mid)]


@ms.jit
def linear_interpolate(frame0, frame1):
    mids = ()
    for t in timesteps_for(NUM_MID):
        mids = mids + ((1.0 - t) * frame0 + t * frame1,)
    video = ops.stack((frame0,) + mids + (frame1,), axis=1)
    return video


def make():
    np.random.seed(37430)
    f0 = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    f1 = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return linear_interpolate, (f0, f1)
