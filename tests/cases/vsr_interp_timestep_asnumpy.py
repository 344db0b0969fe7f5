# case: frame interpolation that converts the timestep tensor to a Python float via asnumpy before blending flows -> error (asnumpy not supported in graph)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LinearFlowInterp(nn.Cell):
    def __init__(self, ch=3):
        super().__init__()
        self.refine = nn.Conv2d(ch * 2 + 4, ch, 3, pad_mode="same")

    def intermediate_flows(self, f01, f10, t):
        # quadratic-free linear approximation (Super SloMo)
        ft0 = -(1 - t) * t * f01 + t * t * f10
        ft1 = (1 - t) * (1 - t) * f01 - t * (1 - t) * f10
        return ft0, ft1

    def construct(self, i0, i1, f01, f10, t):
        t_val = float(t.asnumpy())
        ft0, ft1 = self.intermediate_flows(f01, f10, t_val)
        x = ops.cat((i0, i1, ft0, ft1), axis=1)
        return (1 - t_val) * i0 + t_val * i1 + self.refine(x)


def make():
    np.random.seed(9)
    i0 = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    i1 = Tensor(np.random.rand(1, 3, 8, 8).astype(np.float32))
    f01 = Tensor(np.random.randn(1, 2, 8, 8).astype(np.float32))
    f10 = Tensor(np.random.randn(1, 2, 8, 8).astype(np.float32))
    return LinearFlowInterp(), (i0, i1, f01, f10, Tensor(0.5, ms.float32))
