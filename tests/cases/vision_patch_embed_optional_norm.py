# case: ViT patch embedding with a conv projection, flatten, and an optional norm layer guarded by a None check -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class PatchEmbed(nn.Cell):
    def __init__(self, img_size=16, patch_size=4, in_chans=3, embed_dim=12, norm_layer=None, flatten=True):
        super().__init__()
        self.grid = img_size // patch_size
        self.num_patches = self.grid * self.grid
        self.flatten = flatten
        self.proj = nn.Conv2d(in_chans, embed_dim, patch_size, stride=patch_size, has_bias=True)
        self.norm = norm_layer((embed_dim,)) if norm_layer is not None else None

    def construct(self, x):
        x = self.proj(x)
        if self.flatten:
            b, c = x.shape[0], x.shape[1]
            x = x.reshape(b, c, -1).swapaxes(1, 2)
        if self.norm is not None:
            x = self.norm(x)
        return x


class TinyViTStem(nn.Cell):
    def __init__(self, embed_dim=12):
        super().__init__()
        self.patch_embed = PatchEmbed(embed_dim=embed_dim, norm_layer=nn.LayerNorm)
        self.cls_token = ms.Parameter(ops.zeros((1, 1, embed_dim), ms.float32))
        self.pos_embed = ms.Parameter(ops.zeros((1, self.patch_embed.num_patches + 1, embed_dim), ms.float32))

    def construct(self, img):
        x = self.patch_embed(img)
        cls = ops.broadcast_to(self.cls_token, (x.shape[0], -1, -1))
        return ops.concat((cls, x), axis=1) + self.pos_embed


def make():
    np.random.seed(36)
    ms.set_seed(36)
    img = Tensor(np.random.rand(2, 3, 16, 16).astype(np.float32))
    return TinyViTStem(), (img,)
