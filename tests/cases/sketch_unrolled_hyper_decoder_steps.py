# case: decoder unrolled in a Python loop over strokes.shape[1], conditioning each step on the latent and collecting outputs -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class LatentConditionedDecoder(nn.Cell):
    """Step-by-step GRU decoder with latent concatenated to every input."""

    def __init__(self, latent=4, hidden=10, num_mixtures=3):
        super().__init__()
        self.cell = nn.GRUCell(5 + latent, hidden)
        self.init_h = nn.Dense(latent, hidden)
        self.head = nn.Dense(hidden, 6 * num_mixtures + 3)

    def step(self, x_t, z, h):
        return self.cell(ops.concat((x_t, z), axis=-1), h)

    def construct(self, strokes, z):
        h = ops.tanh(self.init_h(z))
        outs = []
        for t in range(strokes.shape[1]):
            h = self.step(strokes[:, t], z, h)
            outs.append(self.head(h))
        return ops.stack(outs, axis=1)


def make():
    np.random.seed(32)
    ms.set_seed(32)
    s = Tensor(np.random.randn(2, 5, 5).astype(np.float32))
    z = Tensor(np.random.randn(2, 4).astype(np.float32))
    return LatentConditionedDecoder(), (s, z)
