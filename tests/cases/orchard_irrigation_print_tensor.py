# case: irrigation controller prints a constant label and the run-time tensor with plain print before returning valve minutes -> print of string and tensor, Graph mode compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValveRuntime(nn.Cell):
    def __init__(self, emitter_lph=4.0, emitters_per_tree=2):
        super().__init__()
        self.flow = emitter_lph * emitters_per_tree

    def construct(self, etc_mm, canopy_m2):
        litres = etc_mm * canopy_m2
        minutes = litres / self.flow * 60.0
        print("mean valve run (min):", minutes.mean())
        return minutes


def make():
    np.random.seed(112)
    etc = Tensor((np.random.rand(12) * 3 + 2).astype(np.float32))
    canopy = Tensor((np.random.rand(12) * 4 + 6).astype(np.float32))
    return ValveRuntime(), (etc, canopy)
