# case: fill missing (NaN) observations with the mean of the valid ones taken by boolean indexing -> dynamic shape at line 16
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MissingValueImputer(nn.Cell):
    """Replace NaNs in each station series by the mean of the valid samples."""

    def __init__(self, add_mask_channel=True, default_value=0.0):
        super().__init__()
        self.add_mask_channel = add_mask_channel
        self.default_value = default_value

    def _valid_mean(self, series, missing):
        valid_values = series[~missing]
        return valid_values.mean()

    def construct(self, obs):
        missing = ops.isnan(obs)
        fill = self._valid_mean(obs, missing)
        filled = ops.where(missing, fill, obs)
        if self.add_mask_channel:
            return ops.stack([filled, missing.astype(ms.float32)], 0)
        return filled


def make():
    rng = np.random.RandomState(11)
    obs = rng.randn(5, 12).astype(np.float32)
    obs[rng.rand(5, 12) < 0.2] = np.nan
    return MissingValueImputer(), (Tensor(obs),)
