# case: AdaLayerNorm subclass of nn.LayerNorm modulates with scale/shift from a timestep embedding, accepting the timestep as a tuple/list of ints or a tensor via isinstance guards -> compiles statically
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class DiTConfig:
    def __init__(self, hidden_size=16, num_embeddings=100, norm_elementwise_affine=False, norm_eps=1e-6):
        self.hidden_size = hidden_size
        self.num_embeddings = num_embeddings
        self.norm_elementwise_affine = norm_elementwise_affine
        self.norm_eps = norm_eps


class AdaLayerNorm(nn.LayerNorm):
    def __init__(self, config):
        super().__init__((config.hidden_size,), epsilon=config.norm_eps)
        self.elementwise_affine = config.norm_elementwise_affine
        self.emb = nn.Embedding(config.num_embeddings, config.hidden_size)
        self.linear = nn.Dense(config.hidden_size, config.hidden_size * 2)

    def _timestep_tensor(self, timestep, batch):
        if isinstance(timestep, (list, tuple)):
            timestep = Tensor(timestep, ms.int32)
        elif isinstance(timestep, int):
            timestep = ops.fill(ms.int32, (batch,), timestep)
        return timestep

    def construct(self, x, timestep):
        timestep = self._timestep_tensor(timestep, x.shape[0])
        emb = self.linear(ops.silu(self.emb(timestep)))
        scale, shift = ops.chunk(emb, 2, axis=-1)
        normed = super().construct(x)
        return normed * (1 + scale[:, None, :]) + shift[:, None, :]


def make():
    np.random.seed(39)
    x = Tensor(np.random.randn(2, 6, 16).astype(np.float32))
    return AdaLayerNorm(DiTConfig()), (x, (10, 55))
