# case: iBOT/BEiT-style student input where masked patch tokens are replaced by a learned mask token with three-argument ops.select on the boolean mask -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class IBOTConfig:
    def __init__(self, embed_dim=16, num_patches=9, use_mask_token=True, mask_ratio=0.3):
        self.embed_dim = embed_dim
        self.num_patches = num_patches
        self.use_mask_token = use_mask_token
        self.mask_ratio = mask_ratio


class MaskTokenMixin:
    def _init_mask_token(self, dim):
        self.mask_token = Parameter(ops.zeros((1, 1, dim), ms.float32), name="mask_token")

    def _apply_mask(self, x, bool_masked_pos):
        b, l, d = x.shape
        m = ops.broadcast_to(bool_masked_pos.expand_dims(-1), (b, l, d))
        tok = ops.broadcast_to(self.mask_token, (b, l, d))
        return ops.select(m, tok, x)


class IBOTEmbeddings(nn.Cell, MaskTokenMixin):
    def __init__(self, config):
        super().__init__()
        self.use_mask_token = config.use_mask_token
        self.pos = Parameter(Tensor(np.random.randn(1, config.num_patches, config.embed_dim).astype(np.float32) * 0.02), name="pos_embed")
        if self.use_mask_token:
            self._init_mask_token(config.embed_dim)

    def construct(self, patch_tokens, bool_masked_pos=None):
        if bool_masked_pos is not None and self.use_mask_token:
            patch_tokens = self._apply_mask(patch_tokens, bool_masked_pos)
        return patch_tokens + self.pos


def make():
    np.random.seed(3693)
    cfg = IBOTConfig()
    tokens = Tensor(np.random.randn(2, cfg.num_patches, cfg.embed_dim).astype(np.float32))
    mask = Tensor(np.random.rand(2, cfg.num_patches) < cfg.mask_ratio)
    return IBOTEmbeddings(cfg), (tokens, mask)
