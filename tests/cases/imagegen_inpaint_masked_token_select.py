# case: inpainting attention gathers only the latent tokens inside the mask with masked_select and reshapes to (n, C) -> dynamic shape at line 33
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TokenMixer(nn.Cell):
    def __init__(self, dim=4, hidden=8):
        super().__init__()
        self.fc1 = nn.Dense(dim, hidden)
        self.fc2 = nn.Dense(hidden, dim)

    def construct(self, tokens):
        return self.fc2(ops.gelu(self.fc1(tokens)))


class MaskedRegionMixer(nn.Cell):
    def __init__(self, channels=4, blend=0.8):
        super().__init__()
        self.mixer = TokenMixer(channels)
        self.channels = channels
        self.blend = blend

    def _latent_mask(self, mask, size):
        m = ops.interpolate(mask, size=size, mode="nearest")
        return m > 0.5

    def construct(self, latents, mask):
        b, c, h, w = latents.shape
        m = self._latent_mask(mask, (h, w))
        tokens = latents.transpose(0, 2, 3, 1)
        m_tok = ops.broadcast_to(m.transpose(0, 2, 3, 1), tokens.shape)
        inside = ops.masked_select(tokens, m_tok).reshape(-1, c)
        mixed = self.mixer(inside)
        summary = mixed.mean(axis=0) * self.blend
        return latents + summary.reshape(1, c, 1, 1)


def make():
    np.random.seed(14)
    latents = Tensor(np.random.randn(1, 4, 8, 8).astype(np.float32))
    mask = np.zeros((1, 1, 32, 32), np.float32)
    mask[..., 8:20, 4:28] = 1.0
    return MaskedRegionMixer(), (latents, Tensor(mask))
