# case: ViT patch embedding reshapes with module-level PATCH_SIZE and IMAGE_SIZE constants -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter
from mindspore.common.initializer import initializer

IMAGE_SIZE = 8
PATCH_SIZE = 4
NUM_PATCHES = (IMAGE_SIZE // PATCH_SIZE) ** 2


def patchify(x, patch=PATCH_SIZE):
    b, c, h, w = x.shape
    x = x.reshape(b, c, h // patch, patch, w // patch, patch)
    x = x.transpose(0, 2, 4, 1, 3, 5)
    return x.reshape(b, (h // patch) * (w // patch), c * patch * patch)


class PatchEmbed(nn.Cell):
    def __init__(self, in_chans=3, embed_dim=16, use_cls_token=True):
        super().__init__()
        self.proj = nn.Dense(in_chans * PATCH_SIZE * PATCH_SIZE, embed_dim)
        self.use_cls_token = use_cls_token
        self.pos_embed = Parameter(initializer("zeros", (1, NUM_PATCHES + 1, embed_dim)), name="pos_embed")
        self.cls_token = Parameter(initializer("zeros", (1, 1, embed_dim)), name="cls_token")

    def construct(self, images):
        tokens = self.proj(patchify(images))
        if self.use_cls_token:
            cls = ops.broadcast_to(self.cls_token, (tokens.shape[0], 1, tokens.shape[2]))
            tokens = ops.concat((cls, tokens), axis=1)
            return tokens + self.pos_embed
        return tokens + self.pos_embed[:, 1:]


def make():
    np.random.seed(40)
    imgs = Tensor(np.random.randn(2, 3, IMAGE_SIZE, IMAGE_SIZE).astype(np.float32))
    return PatchEmbed(), (imgs,)
