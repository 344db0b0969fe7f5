# case: MAE encoder given a precomputed binary mask; number of visible patches read from the mask sum and used to slice sorted ids -> dynamic shape at line 17
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class MaskedPatchEncoder(nn.Cell):
    def __init__(self, patch_dim=12, embed_dim=16):
        super().__init__()
        self.patch_embed = nn.Dense(patch_dim, embed_dim)
        self.block = nn.SequentialCell([nn.LayerNorm((embed_dim,)), nn.Dense(embed_dim, embed_dim), nn.GELU()])

    def visible_ids(self, mask):
        # mask: 1 = masked, 0 = visible; same count per sample
        ids = ops.argsort(mask, axis=1)
        n_visible = (1 - mask[0]).sum().astype(ms.int32)
        return ids[:, :n_visible]

    def construct(self, patches, mask):
        tokens = self.patch_embed(patches)
        ids_keep = self.visible_ids(mask)
        n, _, dim = tokens.shape
        index = ids_keep.expand_dims(-1).tile((1, 1, dim))
        visible = ops.gather_elements(tokens, 1, index)
        return self.block(visible)


def make():
    np.random.seed(36)
    patches = Tensor(np.random.randn(2, 16, 12).astype(np.float32))
    m = np.zeros((2, 16), np.float32)
    for i in range(2):
        m[i, np.random.permutation(16)[:12]] = 1.0
    return MaskedPatchEncoder(), (patches, Tensor(m))
