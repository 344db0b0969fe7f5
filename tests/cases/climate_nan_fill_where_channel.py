# case: replace NaN gaps by climatology with ops.where and append a validity channel -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class GapFiller(nn.Cell):
    """Satellite SST gap filling input pipeline: NaN -> climatology, plus mask channel."""

    def __init__(self, climatology, append_mask=True, clamp=(-2.0, 35.0)):
        super().__init__()
        self.clim = Tensor(climatology)
        self.append_mask = append_mask
        self.lo, self.hi = clamp

    def _fill(self, sst):
        missing = ops.isnan(sst)
        filled = ops.where(missing, ops.broadcast_to(self.clim, sst.shape), sst)
        return ops.clamp(filled, self.lo, self.hi), missing

    def construct(self, sst):
        filled, missing = self._fill(sst)
        if not self.append_mask:
            return filled
        valid = ops.logical_not(missing).astype(filled.dtype)
        return ops.concat([filled, valid], axis=1)


def make():
    rng = np.random.RandomState(110)
    clim = (15 + 5 * rng.rand(1, 1, 6, 8)).astype(np.float32)
    sst = (clim + rng.randn(2, 1, 6, 8)).astype(np.float32)
    sst[rng.rand(2, 1, 6, 8) < 0.3] = np.nan
    return GapFiller(clim), (Tensor(sst),)
