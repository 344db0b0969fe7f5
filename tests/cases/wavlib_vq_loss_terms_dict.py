# case: quantizer training step returns its commitment and codebook loss terms in a dict keyed by string names, weights from the config -> Graph mode supports constant-key dicts of tensors (static)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor

LOSS_KEYS = ("commitment", "codebook")


class VQLossConfig:
    def __init__(self, dim=16, codebook_size=32, commitment_weight=0.25, codebook_weight=1.0):
        self.dim = dim
        self.codebook_size = codebook_size
        self.commitment_weight = commitment_weight
        self.codebook_weight = codebook_weight


class VQWithLosses(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.weights = {"commitment": config.commitment_weight, "codebook": config.codebook_weight}
        self.embed = ms.Parameter(Tensor(np.random.randn(config.codebook_size, config.dim).astype(np.float32)),
                                  name="embed")
        self.mse = nn.MSELoss()

    def construct(self, z):
        flat = z.reshape(-1, z.shape[-1])
        codes = ops.cdist(flat, self.embed).argmin(-1)
        q = ops.gather(self.embed, codes, 0).reshape(z.shape)
        losses = {}
        losses["commitment"] = self.mse(z, ops.stop_gradient(q)) * self.weights["commitment"]
        losses["codebook"] = self.mse(ops.stop_gradient(z), q) * self.weights["codebook"]
        total = sum([losses[k] for k in LOSS_KEYS])
        q = z + ops.stop_gradient(q - z)
        return q, total, losses


def make():
    np.random.seed(35917)
    vq = VQWithLosses(VQLossConfig())
    z = Tensor(np.random.randn(2, 25, 16).astype(np.float32))
    return vq, (z,)
