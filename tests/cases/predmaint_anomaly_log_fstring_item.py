# case: anomaly scorer that formats a log message with tensor.item() and an f-string inside construct -> compile error at line 25
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ReconstructionScorer(nn.Cell):
    """Autoencoder reconstruction error with an operator-facing log line."""

    def __init__(self, channels=4, latent=2, verbose=True, machine_name="press_07"):
        super().__init__()
        self.encoder = nn.Dense(channels, latent)
        self.decoder = nn.Dense(latent, channels)
        self.verbose = verbose
        self.machine_name = machine_name

    def _reconstruct(self, x):
        return self.decoder(ops.tanh(self.encoder(x)))

    def construct(self, window):
        recon = self._reconstruct(window)
        err = ((recon - window) ** 2).mean(axis=-1)
        worst = err.max()
        if self.verbose:
            step = int(err.argmax())
            msg = f"[{self.machine_name}] worst step {step} err={worst.item():.4f}"
            print(msg)
        return err


def make():
    np.random.seed(25)
    w = np.random.randn(12, 4).astype(np.float32)
    return ReconstructionScorer(), (Tensor(w),)
