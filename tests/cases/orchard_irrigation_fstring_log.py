# case: irrigation controller prints an f-string status line with the computed run-time before returning valve minutes -> f-string formatting a tensor inside construct, Graph mode may reject or fall back
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ValveRuntime(nn.Cell):
    def __init__(self, emitter_lph=4.0, emitters_per_tree=2, block_name="B3"):
        super().__init__()
        self.flow = emitter_lph * emitters_per_tree
        self.block_name = block_name

    def construct(self, etc_mm, canopy_m2):
        litres = etc_mm * canopy_m2
        minutes = litres / self.flow * 60.0
        mean_min = minutes.mean()
        print(f"block {self.block_name}: mean valve run {mean_min} min")
        return minutes


def make():
    np.random.seed(111)
    etc = Tensor((np.random.rand(12) * 3 + 2).astype(np.float32))
    canopy = Tensor((np.random.rand(12) * 4 + 6).astype(np.float32))
    return ValveRuntime(), (etc, canopy)
