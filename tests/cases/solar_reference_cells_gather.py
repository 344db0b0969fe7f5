# case: soiling station gathers the clean reference cells by a fixed index tensor built in the constructor and compares soiled cells -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SoilingStation(nn.Cell):
    def __init__(self, clean_ids=(0, 3), soiled_ids=(1, 2, 4, 5)):
        super().__init__()
        self.clean_ids = Tensor(np.array(clean_ids, np.int32))
        self.soiled_ids = Tensor(np.array(soiled_ids, np.int32))

    def construct(self, isc):
        clean = ops.gather(isc, self.clean_ids, 1).mean(axis=1, keep_dims=True)
        soiled = ops.gather(isc, self.soiled_ids, 1)
        ratio = soiled / (clean + 1e-6)
        loss_pct = (1.0 - ratio.mean(axis=1)) * 100.0
        return loss_pct


def make():
    np.random.seed(35)
    isc = np.random.uniform(8.5, 9.0, size=(24, 6)).astype(np.float32)
    isc[:, [1, 2, 4, 5]] *= 0.95
    return SoilingStation(), (Tensor(isc),)
