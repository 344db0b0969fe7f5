# case: jit function computing daily degree-day melt with separate snow and ice factors chosen by ops.where on the snow depth -> static shapes
import numpy as np
import mindspore as ms
from mindspore import ops, Tensor

DDF_SNOW = 3.5
DDF_ICE = 7.0


@ms.jit
def daily_melt(temp_c, snow_depth_mm, t_melt=0.0):
    pdd = ops.relu(temp_c - t_melt)
    ddf = ops.where(snow_depth_mm > 0, ops.full_like(pdd, DDF_SNOW), ops.full_like(pdd, DDF_ICE))
    melt = ddf * pdd
    snow_melt = ops.minimum(melt, snow_depth_mm)
    ice_melt = melt - snow_melt
    return snow_melt, ice_melt


def make():
    np.random.seed(42)
    temp = Tensor(np.random.uniform(-4, 10, size=(30,)).astype(np.float32))
    snow = Tensor(np.random.uniform(0, 20, size=(30,)).astype(np.float32) * (np.random.rand(30) > 0.4))
    return daily_melt, (temp, snow)
