# case: EMA codebook measures how stale its expired codes are by masked_select-ing the cluster sizes below the dead-code threshold during training -> Graph mode gets a data-dependent length (dynamic or error)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor, Parameter


class CodebookConfig:
    def __init__(self, dim=16, codebook_size=32, threshold_ema_dead_code=2.0, decay=0.99):
        self.dim = dim
        self.codebook_size = codebook_size
        self.threshold_ema_dead_code = threshold_ema_dead_code
        self.decay = decay


class EMACodebook(nn.Cell):
    def __init__(self, config):
        super().__init__()
        self.threshold = config.threshold_ema_dead_code
        self.decay = config.decay
        self._build_buffers(config)

    def _build_buffers(self, config):
        self.embed = Parameter(Tensor(np.random.randn(config.codebook_size, config.dim).astype(np.float32)),
                               name="embed", requires_grad=False)
        sizes = np.random.uniform(0.0, 5.0, size=(config.codebook_size,)).astype(np.float32)
        self.cluster_size = Parameter(Tensor(sizes), name="cluster_size", requires_grad=False)

    def dead_code_penalty(self):
        expired = self.cluster_size < self.threshold
        stale = ops.masked_select(self.cluster_size, expired)
        return (self.threshold - stale).sum() / self.threshold

    def construct(self, x):
        flat = x.reshape(-1, x.shape[-1])
        codes = ops.cdist(flat, self.embed).argmin(-1)
        onehot = ops.one_hot(codes, self.embed.shape[0], Tensor(1.0, ms.float32), Tensor(0.0, ms.float32))
        ops.assign(self.cluster_size, self.cluster_size * self.decay + onehot.sum(0) * (1 - self.decay))
        penalty = self.dead_code_penalty() if self.training else ops.zeros((), ms.float32)
        return ops.gather(self.embed, codes, 0).reshape(x.shape), penalty


def make():
    np.random.seed(35913)
    cb = EMACodebook(CodebookConfig())
    cb.set_train(True)
    latents = Tensor(np.random.randn(2, 30, 16).astype(np.float32))
    return cb, (latents,)
