# case: average growth of primaries currently in moult, picked by boolean-mask indexing of the feather table -> data-dependent shape, dynamic or error in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_PRIMARIES = 10


class MoultTracker(nn.Cell):
    def __init__(self, growth_floor=0.2):
        super().__init__()
        self.growth_floor = growth_floor

    def construct(self, feather_len, full_len):
        # feather_len, full_len: (N_PRIMARIES,) in mm
        ratio = feather_len / full_len
        in_moult = ratio < 1.0
        growing = ratio[in_moult]
        growing = ops.maximum(growing, self.growth_floor)
        return growing.mean(), in_moult.astype(ms.float32).sum()


def make():
    np.random.seed(3173)
    full = np.linspace(140, 210, N_PRIMARIES).astype(np.float32)
    cur = full * np.random.uniform(0.4, 1.0, N_PRIMARIES).astype(np.float32)
    cur[::3] = full[::3]
    return MoultTracker(), (Tensor(cur), Tensor(full))
