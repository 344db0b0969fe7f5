# case: teacher policy that switches between privileged-observation encoder and proprioceptive-only path depending on whether any privileged value is non-zero, giving latents of different widths -> Graph mode rejects branches with mismatched shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class TeacherConfig:
    num_proprio = 45
    num_privileged = 17
    priv_latent = 8
    proprio_latent = 16


class TeacherEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.priv_enc = nn.Dense(config.num_privileged, config.priv_latent)
        self.proprio_enc = nn.Dense(config.num_proprio, config.proprio_latent)

    def _encode(self, proprio, priv):
        z = self.proprio_enc(proprio)
        if ops.abs(priv).sum() > 0:
            z = ops.concat((z, self.priv_enc(priv)), axis=-1)
        return z

    def construct(self, proprio, priv):
        return ops.tanh(self._encode(proprio, priv))


def make():
    np.random.seed(9)
    cfg = TeacherConfig()
    proprio = Tensor(np.random.randn(4, cfg.num_proprio).astype(np.float32))
    priv = Tensor(np.random.randn(4, cfg.num_privileged).astype(np.float32))
    return TeacherEncoder(cfg), (proprio, priv)
