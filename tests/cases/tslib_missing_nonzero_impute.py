# case: last-observation-carried-forward imputation that finds missing positions with ops.nonzero and scatters fill values there -> nonzero output has data-dependent length
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImputeConfig:
    strategy = "mean"
    keep_mask_channel = True


class MeanImputer(nn.Cell):
    def __init__(self, config=ImputeConfig):
        super().__init__()
        self.strategy = config.strategy
        self.keep_mask_channel = config.keep_mask_channel

    def _fill_values(self, x, mask):
        m = mask.astype(x.dtype)
        return (x * m).sum(axis=1, keepdims=True) / ops.clamp(m.sum(axis=1, keepdims=True), min=1.0)

    def construct(self, x, mask):
        fill = ops.broadcast_to(self._fill_values(x, mask), x.shape)
        missing = ops.nonzero(ops.logical_not(mask))
        values = ops.gather_nd(fill, missing)
        x = ops.tensor_scatter_update(x, missing, values)
        if self.keep_mask_channel:
            return ops.concat((x, mask.astype(x.dtype)), axis=-1)
        return x


def make():
    np.random.seed(3429)
    x = Tensor(np.random.randn(2, 16, 3).astype(np.float32))
    mask = Tensor(np.random.rand(2, 16, 3) > 0.25)
    return MeanImputer(), (x, mask)
