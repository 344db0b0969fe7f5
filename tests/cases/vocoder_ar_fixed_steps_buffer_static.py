# case: autoregressive generation for a fixed number of steps writing each sample into a preallocated buffer -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class ARWaveGenerator(nn.Cell):
    def __init__(self, n_classes=32, hidden=16, num_samples=12, temperature=1.0):
        super().__init__()
        self.embed = nn.Embedding(n_classes, hidden)
        self.cell = nn.LSTMCell(hidden, hidden)
        self.proj = nn.Dense(hidden, n_classes)
        self.num_samples = num_samples
        self.temperature = temperature
        self.n_classes = n_classes

    def sample_step(self, prev, hx, cx):
        hx, cx = self.cell(self.embed(prev), (hx, cx))
        logits = self.proj(hx) / self.temperature
        return ops.argmax(logits, dim=-1).astype(ms.int32), hx, cx

    def construct(self, prev, hx, cx):
        batch = prev.shape[0]
        out = ops.zeros((batch, self.num_samples), ms.int32)
        for t in range(self.num_samples):
            prev, hx, cx = self.sample_step(prev, hx, cx)
            onehot_t = ops.one_hot(Tensor(t, ms.int32), self.num_samples,
                                   Tensor(1, ms.int32), Tensor(0, ms.int32))
            out = out + prev.expand_dims(1) * onehot_t
        return out


def make():
    np.random.seed(10)
    prev = Tensor(np.array([5, 7], np.int32))
    hx = Tensor(np.zeros((2, 16), np.float32))
    cx = Tensor(np.zeros((2, 16), np.float32))
    return ARWaveGenerator(), (prev, hx, cx)
