# case: encoder layer with optional attention_mask (None default) and tuple/tensor input handling -> static
import numpy as np
import mindspore as ms
from mindspore import nn, ops, Tensor


class EncoderLayer(nn.Cell):
    def __init__(self, hidden=16, ffn=32, pre_norm=True):
        super().__init__()
        self.q = nn.Dense(hidden, hidden)
        self.k = nn.Dense(hidden, hidden)
        self.v = nn.Dense(hidden, hidden)
        self.ln1 = nn.LayerNorm((hidden,))
        self.ln2 = nn.LayerNorm((hidden,))
        self.ffn = nn.SequentialCell([nn.Dense(hidden, ffn), nn.ReLU(), nn.Dense(ffn, hidden)])
        self.pre_norm = pre_norm
        self.scale = hidden ** -0.5

    def _attend(self, x, attention_mask):
        scores = ops.matmul(self.q(x), self.k(x).swapaxes(1, 2)) * self.scale
        if attention_mask is not None:
            scores = scores + (1.0 - attention_mask.astype(ms.float32)).expand_dims(1) * -1e4
        return ops.matmul(ops.softmax(scores, axis=-1), self.v(x))

    def construct(self, inputs, attention_mask=None):
        if isinstance(inputs, (tuple, list)):
            x, attention_mask = inputs[0], inputs[1]
        else:
            x = inputs
        h = self.ln1(x) if self.pre_norm else x
        x = x + self._attend(h, attention_mask)
        h = self.ln2(x) if self.pre_norm else x
        return x + self.ffn(h)


def make():
    np.random.seed(31)
    x = Tensor(np.random.randn(2, 5, 16).astype(np.float32))
    return EncoderLayer(), (x,)
