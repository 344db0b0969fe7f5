# case: privileged-observation encoder picked by a config string in __init__ (mlp or none) and concatenated when present, with getattr default for the optional encoder -> static graph is fine
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderConfig:
    num_proprio = 45
    num_privileged = 17
    priv_encoder = "mlp"      # "mlp" | "none"
    priv_latent = 8
    proprio_latent = 16


ENCODERS = {
    "mlp": lambda cfg: nn.SequentialCell(nn.Dense(cfg.num_privileged, 32), nn.ELU(),
                                         nn.Dense(32, cfg.priv_latent)),
}


class StudentTeacherEncoder(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.proprio_enc = nn.Dense(config.num_proprio, config.proprio_latent)
        if config.priv_encoder in ENCODERS:
            self.priv_encoder = ENCODERS[config.priv_encoder](config)
        self.has_priv = getattr(self, "priv_encoder", None) is not None

    def construct(self, proprio, priv=None):
        z = self.proprio_enc(proprio)
        if self.has_priv and priv is not None:
            z = ops.concat((z, self.priv_encoder(priv)), axis=-1)
        return ops.tanh(z)


def make():
    np.random.seed(10)
    cfg = EncoderConfig()
    proprio = Tensor(np.random.randn(4, cfg.num_proprio).astype(np.float32))
    priv = Tensor(np.random.randn(4, cfg.num_privileged).astype(np.float32))
    return StudentTeacherEncoder(cfg), (proprio, priv)
