# case: patching encoder that trims each batch to the longest observed length before cutting patches, length read from a tensor -> data-dependent slice, Graph mode fails or goes dynamic
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchConfig:
    patch_len = 8
    d_model = 16
    trim_to_observed = True


class TrimmedPatchEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.patch_len = config.patch_len
        self.trim = getattr(config, "trim_to_observed", False)
        self.embed = nn.Dense(config.patch_len, config.d_model)

    def _observed_length(self, lengths):
        longest = lengths.max()
        return int(longest) // self.patch_len * self.patch_len

    def construct(self, x, lengths=None):
        if self.trim and lengths is not None:
            keep = self._observed_length(lengths)
            x = x[:, :, :keep]
        bs, n_vars, seq_len = x.shape
        x = x.reshape(bs, n_vars, seq_len // self.patch_len, self.patch_len)
        return self.embed(x).mean(axis=2)


def make():
    np.random.seed(3414)
    x = Tensor(np.random.randn(3, 4, 64).astype(np.float32))
    lengths = Tensor(np.array([40, 52, 33], dtype=np.int32))
    return TrimmedPatchEncoder(PatchConfig()), (x, lengths)
