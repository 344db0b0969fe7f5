# case: video transformer reads hyperparameters from a @ms.jit_class config object inside construct (read only, never mutated) -> jit_class attribute reads, expected static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


@ms.jit_class
class TubeViTConfig:
    def __init__(self, dim=16, num_frames=4, tubelet=2, pool="cls"):
        self.dim = dim
        self.num_frames = num_frames
        self.tubelet = tubelet
        self.pool = pool


class TubeViTPooler(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.config = config
        self.cls_token = ms.Parameter(Tensor(np.zeros((1, 1, config.dim), np.float32)), name="cls_token")
        self.temporal_embed = ms.Parameter(
            Tensor(np.random.randn(1, config.num_frames // config.tubelet, 1, config.dim).astype(np.float32) * 0.02),
            name="temporal_embed")
        self.norm = nn.LayerNorm((config.dim,))

    def construct(self, tokens):
        # tokens: (B, T', S, D)
        b = tokens.shape[0]
        tokens = tokens + self.temporal_embed
        tokens = tokens.reshape(b, -1, self.config.dim)
        cls = ops.broadcast_to(self.cls_token, (b, 1, self.config.dim))
        tokens = self.norm(ops.concat((cls, tokens), axis=1))
        if self.config.pool == "cls":
            return tokens[:, 0]
        return tokens[:, 1:].mean(axis=1)


def make():
    np.random.seed(140)
    tokens = Tensor(np.random.randn(2, 2, 9, 16).astype(np.float32))
    return TubeViTPooler(TubeViTConfig()), (tokens,)
