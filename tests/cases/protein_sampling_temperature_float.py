# case: temperature sampling of residues where the temperature arrives as a tensor and is converted with float() inside construct -> error or fallback in graph mode (host conversion of tensor)
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ResidueSampler(nn.Cell):
    def __init__(self, d_model=16, vocab=20):
        super().__init__()
        self.head = nn.Dense(d_model, vocab)

    def construct(self, hidden, temperature, noise):
        t = float(temperature)
        if t < 1e-3:
            t = 1e-3
        logits = self.head(hidden) / t
        gumbel = -ops.log(-ops.log(noise + 1e-9) + 1e-9)
        return ops.argmax(logits + gumbel, dim=-1)


def make():
    np.random.seed(19)
    hidden = Tensor(np.random.randn(2, 12, 16).astype(np.float32))
    noise = Tensor(np.random.rand(2, 12, 20).astype(np.float32))
    return ResidueSampler(), (hidden, Tensor(0.7, ms.float32), noise)
