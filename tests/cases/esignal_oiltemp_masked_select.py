# case: winding temperature indicator collects readings during overload hours with ops.masked_select and averages them -> masked_select output size depends on data, expected dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class OverloadWTI(nn.Cell):
    def __init__(self, overload_pu=1.0):
        super().__init__()
        self.overload_pu = overload_pu

    def construct(self, load_pu, wti_c):
        overloaded = load_pu > self.overload_pu
        hot = ops.masked_select(wti_c, overloaded)
        return hot.mean(), wti_c.mean()


def make():
    np.random.seed(161)
    load = Tensor((np.random.rand(48) * 0.7 + 0.6).astype(np.float32))
    wti = Tensor((70 + np.random.randn(48) * 6).astype(np.float32))
    return OverloadWTI(), (load, wti)
