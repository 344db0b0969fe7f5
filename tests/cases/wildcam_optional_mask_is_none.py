# case: bird-call pooling takes an optional padding mask and checks `mask is None` before averaging frames -> static shapes
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class CallPooling(nn.Cell):
    def __init__(self, n_mels=8, hidden=12, num_species=4):
        super().__init__()
        self.enc = nn.Dense(n_mels, hidden)
        self.out = nn.Dense(hidden, num_species)
        self.act = nn.Tanh()

    def pool(self, h, mask=None):
        if mask is None:
            return h.mean(axis=1)
        m = mask.astype(ms.float32).expand_dims(-1)
        return (h * m).sum(axis=1) / ops.maximum(m.sum(axis=1), 1.0)

    def construct(self, mel, mask=None):
        h = self.act(self.enc(mel))
        return self.out(self.pool(h, mask))


def make():
    np.random.seed(23)
    mel = Tensor(np.random.randn(2, 10, 8).astype(np.float32))
    mask = np.ones((2, 10), np.int32)
    mask[1, 7:] = 0
    return CallPooling(), (mel, Tensor(mask))
