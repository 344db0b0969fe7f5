# case: tube tokenizer embeds 2x4x4 tubes and drops near-empty tubes via a boolean mask inside a mixin helper -> boolean-mask indexing gives data-dependent token count
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TubeConfig:
    def __init__(self, tube_size=(2, 4, 4), embed_dim=16, drop_empty_tubes=True, empty_eps=0.3):
        self.tube_size = tube_size
        self.embed_dim = embed_dim
        self.drop_empty_tubes = drop_empty_tubes
        self.empty_eps = empty_eps


class TokenPruningMixin:
    def _drop_low_energy(self, tokens, energy):
        keep = energy > self.empty_eps
        return tokens[keep]


class TubeTokenizer(nn.Cell, TokenPruningMixin):
    def __init__(self, config):
        super().__init__()
        self.proj = nn.Conv3d(3, config.embed_dim, config.tube_size, stride=config.tube_size, pad_mode="valid")
        self.drop_empty_tubes = config.drop_empty_tubes
        self.empty_eps = config.empty_eps

    def construct(self, video):
        tokens = self.proj(video)                      # (B, D, T', H', W')
        b, d = tokens.shape[0], tokens.shape[1]
        tokens = tokens.reshape(b, d, -1).transpose(0, 2, 1).reshape(-1, d)
        if self.drop_empty_tubes:
            energy = ops.abs(tokens).mean(axis=-1)
            tokens = self._drop_low_energy(tokens, energy)
        return tokens


def make():
    np.random.seed(105)
    video = np.random.rand(2, 3, 4, 16, 16).astype(np.float32)
    video[:, :, :, :8] = 0.0
    return TubeTokenizer(TubeConfig()), (Tensor(video),)
