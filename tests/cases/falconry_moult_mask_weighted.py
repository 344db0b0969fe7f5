# case: average growth of primaries in moult using the moult mask as a multiplicative weight -> static shapes, compiles in Graph mode
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

N_PRIMARIES = 10


class MoultTracker(nn.Cell):
    def __init__(self, growth_floor=0.2):
        super().__init__()
        self.growth_floor = growth_floor

    def construct(self, feather_len, full_len):
        ratio = feather_len / full_len
        in_moult = (ratio < 1.0).astype(ms.float32)
        growing = ops.maximum(ratio, self.growth_floor) * in_moult
        n_moult = in_moult.sum()
        mean_growth = growing.sum() / ops.maximum(n_moult, 1.0)
        return mean_growth, n_moult


def make():
    np.random.seed(3174)
    full = np.linspace(140, 210, N_PRIMARIES).astype(np.float32)
    cur = full * np.random.uniform(0.4, 1.0, N_PRIMARIES).astype(np.float32)
    cur[::3] = full[::3]
    return MoultTracker(), (Tensor(cur), Tensor(full))
