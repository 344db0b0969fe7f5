# case: patch embedding that tries a reshape into patches and falls back to zero-padding in an except branch when the length is not divisible -> try/except inside construct
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchConfig:
    patch_len = 12
    d_model = 16


class RobustPatchEmbed(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.patch_len = config.patch_len
        self.proj = nn.Dense(config.patch_len, config.d_model)

    def _to_patches(self, x):
        b, c, l = x.shape
        try:
            patches = x.reshape(b, c, l // self.patch_len, self.patch_len)
            if l % self.patch_len != 0:
                raise ValueError("length not divisible by patch_len")
        except ValueError:
            pad = self.patch_len - l % self.patch_len
            x = ops.concat((x, ops.zeros((b, c, pad), x.dtype)), axis=-1)
            patches = x.reshape(b, c, -1, self.patch_len)
        return patches

    def construct(self, x):
        return self.proj(self._to_patches(x))


def make():
    np.random.seed(3442)
    x = Tensor(np.random.randn(2, 3, 48).astype(np.float32))
    return RobustPatchEmbed(PatchConfig()), (x,)
