# case: separator with a fixed maximum number of speaker slots multiplies each slot by its existence probability and returns the soft speaker count as a tensor -> no shape depends on the count, compiles
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class SlotSeparator(nn.Cell):
    def __init__(self, n_bins=16, max_spk=4, hidden=24):
        super().__init__()
        self.max_spk = max_spk
        self.n_bins = n_bins
        self.encoder = nn.Dense(n_bins, hidden)
        self.mask_head = nn.Dense(hidden, n_bins * max_spk)
        self.exist_head = nn.Dense(hidden, max_spk)

    def construct(self, mix):
        # mix: (batch, frames, bins)
        b, t, f = mix.shape
        h = ops.relu(self.encoder(mix))
        masks = ops.softmax(self.mask_head(h).reshape(b, t, self.max_spk, f), axis=2)
        exist = ops.sigmoid(self.exist_head(h.mean(axis=1)))
        sources = masks * mix.expand_dims(2) * exist.reshape(b, 1, self.max_spk, 1)
        soft_count = exist.sum(axis=1)
        hard_exist = (exist > 0.5).astype(mix.dtype)
        return sources.transpose(0, 2, 1, 3), soft_count, hard_exist


def make():
    np.random.seed(35)
    mix = np.abs(np.random.randn(2, 8, 16)).astype(np.float32)
    return SlotSeparator(), (Tensor(mix),)
