# case: mean imputation for missing observations done with three-argument ops.where and a mask channel appended under a config flag -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ImputeConfig:
    def __init__(self, append_mask=True, fill="mean", n_channels=3):
        self.append_mask = append_mask
        self.fill = fill
        self.n_channels = n_channels


class WhereImputer(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.append_mask = config.append_mask
        self.fill = config.fill
        out_ch = config.n_channels * (2 if config.append_mask else 1)
        self.proj = nn.Dense(out_ch, 8)

    def _fill_values(self, x, mask):
        if self.fill == "zero":
            return ops.zeros_like(x)
        m = mask.astype(x.dtype)
        mean = (x * m).sum(axis=1, keepdims=True) / ops.clamp(m.sum(axis=1, keepdims=True), min=1.0)
        return ops.broadcast_to(mean, x.shape)

    def construct(self, x, mask):
        x = ops.where(mask, x, self._fill_values(x, mask))
        if self.append_mask:
            x = ops.concat((x, mask.astype(x.dtype)), axis=-1)
        return self.proj(x)


def make():
    np.random.seed(3430)
    x = Tensor(np.random.randn(2, 16, 3).astype(np.float32))
    mask = Tensor(np.random.rand(2, 16, 3) > 0.25)
    return WhereImputer(ImputeConfig()), (x, mask)
