# case: missing values replaced by learned per-column fill values through ops.select, with mask features concatenated -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class LearnedImputer(nn.Cell):
    """Replaces NaNs by trainable per-column constants; optionally appends the missing mask."""

    def __init__(self, n_numeric=4, append_mask=True, d_out=6):
        super().__init__()
        self.fill = Parameter(Tensor(np.zeros((1, n_numeric), np.float32)), name="fill")
        self.append_mask = append_mask
        width = 2 * n_numeric if append_mask else n_numeric
        self.proj = nn.Dense(width, d_out)

    def _mask_and_fill(self, x):
        missing = ops.isnan(x)
        fill = ops.broadcast_to(self.fill, x.shape)
        return ops.select(missing, fill, x), missing

    def construct(self, x):
        filled, missing = self._mask_and_fill(x)
        if self.append_mask:
            filled = ops.concat((filled, missing.astype(filled.dtype)), axis=1)
        return self.proj(filled)


def make():
    np.random.seed(31)
    ms.set_seed(31)
    x = np.random.randn(5, 4).astype(np.float32)
    x[1, 2] = np.nan
    x[4, 0] = np.nan
    return LearnedImputer(), (Tensor(x),)
