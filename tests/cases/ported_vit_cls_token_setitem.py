# case: ViT embedding writes the cls token into a preallocated buffer with x[:, 0] = cls and uses += for position embeddings -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ViTEmbeddings(nn.Cell):
    def __init__(self, num_patches=4, patch_dim=6, hidden=8, dropout=0.0, use_pos=True):
        super().__init__()
        self.patch_proj = nn.Dense(patch_dim, hidden)
        self.cls_token = Parameter(ops.zeros((1, 1, hidden), ms.float32), name="cls_token")
        self.pos_embed = Parameter(ops.ones((1, num_patches + 1, hidden), ms.float32) * 0.02, name="pos_embed")
        self.dropout = nn.Dropout(p=dropout) if dropout > 0 else nn.Identity()
        self.use_pos = use_pos

    def construct(self, patches):
        batch, n, _ = patches.shape
        tokens = self.patch_proj(patches)
        x = ops.zeros((batch, n + 1, tokens.shape[-1]), tokens.dtype)
        x[:, 0] = self.cls_token.broadcast_to((batch, 1, -1)).squeeze(1)
        x[:, 1:] = tokens
        if self.use_pos:
            x += self.pos_embed[:, : n + 1]
        x *= 1.0
        return self.dropout(x)


def make():
    np.random.seed(36)
    patches = np.random.randn(2, 4, 6).astype(np.float32)
    return ViTEmbeddings(), (Tensor(patches),)
