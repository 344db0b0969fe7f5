# case: glyph embedding accepts either a single patch or a tuple of patches and uses isinstance to dispatch -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchEmbed(nn.Cell):
    def __init__(self, patch_dim=25, dim=12):
        super().__init__()
        self.proj = nn.Dense(patch_dim, dim)
        self.norm = nn.LayerNorm((dim,))

    def embed(self, p):
        return self.norm(self.proj(p.reshape(p.shape[0], -1)))

    def construct(self, patches):
        if isinstance(patches, (tuple, list)):
            embs = [self.embed(p) for p in patches]
            return ops.stack(embs, axis=1)
        return self.embed(patches).expand_dims(1)


def make():
    np.random.seed(36)
    a = Tensor(np.random.rand(3, 5, 5).astype(np.float32))
    b = Tensor(np.random.rand(3, 5, 5).astype(np.float32))
    return PatchEmbed(), ((a, b),)
