# case: sensor fusion Cell that accepts either a single moisture tensor or a tuple of probe tensors and uses an isinstance guard -> type guard resolved at compile time, static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MoistureFusion(nn.Cell):
    def __init__(self, depth_weights=(0.5, 0.3, 0.2)):
        super().__init__()
        self.depth_weights = depth_weights

    def construct(self, probes):
        if isinstance(probes, (tuple, list)):
            fused = probes[0] * self.depth_weights[0]
            for i in range(1, len(probes)):
                fused = fused + probes[i] * self.depth_weights[i]
        else:
            fused = probes
        return fused


def make():
    np.random.seed(40)
    probes = tuple(Tensor((np.random.rand(5) * 0.4).astype(np.float32)) for _ in range(3))
    return MoistureFusion(), (probes,)
