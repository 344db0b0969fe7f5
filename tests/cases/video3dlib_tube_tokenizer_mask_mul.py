# case: tube tokenizer zeroes out near-empty tubes by multiplying with a float keep-mask and returns the mask too -> static shapes, compiles fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TubeConfig:
    def __init__(self, tube_size=(2, 4, 4), embed_dim=16, prune_empty=True, empty_eps=0.3, return_dict=False):
        self.tube_size = tube_size
        self.embed_dim = embed_dim
        self.prune_empty = prune_empty
        self.empty_eps = empty_eps
        self.return_dict = return_dict


class TokenPruningMixin:
    def _soft_prune(self, tokens, energy):
        keep = (energy > self.empty_eps).astype(tokens.dtype)
        return tokens * keep[..., None], keep


class MaskedTubeTokenizer(nn.Cell, TokenPruningMixin):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Conv3d(3, config.embed_dim, config.tube_size, stride=config.tube_size, pad_mode="valid")
        self.prune_empty = config.prune_empty
        self.empty_eps = config.empty_eps

    def construct(self, video):
        tokens = self.proj(video)
        b, d = tokens.shape[:2]
        tokens = tokens.reshape(b, d, -1).swapaxes(1, 2)        # (B, N, D)
        keep = ops.ones(tokens.shape[:2], tokens.dtype)
        if self.prune_empty:
            tokens, keep = self._soft_prune(tokens, ops.abs(tokens).mean(axis=-1))
        return tokens, keep


def make():
    np.random.seed(106)
    video = np.random.rand(2, 3, 4, 16, 16).astype(np.float32)
    video[:, :, :, :8] = 0.0
    return MaskedTubeTokenizer(TubeConfig()), (Tensor(video),)
