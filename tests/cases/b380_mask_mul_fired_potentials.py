# case: LIF debug readout zeroes the potentials of silent neurons by multiplying with the spike mask instead of indexing -> mask used by multiplication, expect static graph
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor
from typing import Optional


class BaseNode(nn.Cell):
    def __init__(self, v_threshold=1.0, v_reset: Optional[float] = 0.0):
        super().__init__()
        self.v_threshold = v_threshold
        self.v_reset = v_reset

    def neuronal_fire(self, v):
        return (v >= self.v_threshold).astype(v.dtype)

    def neuronal_reset(self, v, spike):
        if self.v_reset is None:
            return v - spike * self.v_threshold
        return v * (1.0 - spike) + self.v_reset * spike


class LIFNode(BaseNode):
    def __init__(self, tau=2.0, return_fired_v=True, **kwargs):
        super().__init__(**kwargs)
        self.tau = tau
        self.return_fired_v = return_fired_v

    def construct(self, x, v):
        v = v + (x - v) / self.tau
        spike = self.neuronal_fire(v)
        fired_v = v * spike if self.return_fired_v else None
        v = self.neuronal_reset(v, spike)
        if fired_v is None:
            return spike, v
        return spike, v, fired_v


def make():
    np.random.seed(3822)
    x = Tensor(np.random.rand(4, 16).astype(np.float32) * 3.0)
    v = Tensor(np.random.rand(4, 16).astype(np.float32))
    return LIFNode(tau=2.0, v_reset=None), (x, v)
