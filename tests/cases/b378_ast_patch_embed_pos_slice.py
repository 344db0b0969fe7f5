# case: AST-style patch embedding (nn.Conv2d subclass) flattens spectrogram patches and slices the positional table to the number of patches read from x.shape -> shape-derived slice bound is a compile-time int, should compile statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class ASTConfig:
    n_mels = 32
    max_frames = 64
    patch_size = 8
    embed_dim = 24
    n_classes = 5


class PatchEmbed(nn.Conv2d):
    def __init__(self, config):
        super().__init__(1, config.embed_dim, config.patch_size, stride=config.patch_size,
                         pad_mode="valid", has_bias=True)

    def construct(self, x):
        x = super().construct(x)                  # (B, D, F', T')
        b, d = x.shape[0], x.shape[1]
        return x.reshape(b, d, -1).transpose(0, 2, 1)


class ASTLite(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.patch_embed = PatchEmbed(config)
        max_patches = (config.n_mels // config.patch_size) * (config.max_frames // config.patch_size)
        self._init_pos_embed(max_patches + 1, config.embed_dim)
        self.cls_token = Parameter(Tensor(np.zeros((1, 1, config.embed_dim), np.float32)), name="cls_token")
        self.norm = nn.LayerNorm((config.embed_dim,))
        self.head = nn.Dense(config.embed_dim, config.n_classes)

    def _init_pos_embed(self, n_pos, dim):
        table = np.random.normal(0, 0.02, (1, n_pos, dim)).astype(np.float32)
        self.pos_embed = Parameter(Tensor(table), name="pos_embed")

    def construct(self, logmel):
        # logmel: (B, 1, n_mels, T) with T <= max_frames
        tokens = self.patch_embed(logmel)
        cls = ops.broadcast_to(self.cls_token, (tokens.shape[0], -1, -1))
        tokens = ops.concat((cls, tokens), axis=1)
        n_tokens = tokens.shape[1]
        tokens = tokens + self.pos_embed[:, :n_tokens]
        return self.head(self.norm(tokens[:, 0]))


def make():
    np.random.seed(3817)
    logmel = Tensor(np.random.randn(2, 1, 32, 48).astype(np.float32))
    return ASTLite(ASTConfig()), (logmel,)
